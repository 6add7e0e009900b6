using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FactBot.Application.Facts;
using FactBot.TestSupport.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class TableStoreProbeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task IsReachableAsync_FactsTableOnAzurite_ReturnsTrue()
    {
        // Arrange
        var table = AzuriteFixture.CreateTableName();
        await azurite.CreateServiceClient().CreateTableIfNotExistsAsync(table);
        await using var services = Services(azurite.ConnectionString, table, probeTimeout: "00:00:05");
        var probe = services.GetRequiredService<IStoreProbe>();

        // Act
        var reachable = await probe.IsReachableAsync(CancellationToken.None);

        // Assert
        Assert.True(reachable);
    }

    [Fact]
    public async Task IsReachableAsync_FactsTableMissing_ReturnsFalse()
    {
        // Arrange
        await using var services = Services(azurite.ConnectionString, AzuriteFixture.CreateTableName(), probeTimeout: "00:00:05");
        var probe = services.GetRequiredService<IStoreProbe>();

        // Act
        var reachable = await probe.IsReachableAsync(CancellationToken.None);

        // Assert
        Assert.False(reachable);
    }

    [Fact]
    public async Task IsReachableAsync_NothingListensOnThePort_ReturnsFalseWithinTheProbeTimeout()
    {
        // Arrange: connection refused is transient, so without the probe's deadline the retries would run for seconds.
        var connectionString =
            $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};TableEndpoint=http://127.0.0.1:{ClosedPort()}/{AzuriteFixture.AccountName};";
        await using var services = Services(connectionString, "Facts", probeTimeout: "00:00:00.300");
        var probe = services.GetRequiredService<IStoreProbe>();
        var clock = Stopwatch.StartNew();

        // Act
        var reachable = await probe.IsReachableAsync(CancellationToken.None);

        // Assert
        Assert.False(reachable);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task IsReachableAsync_CallerCancels_ThrowsInsteadOfReportingTheStoreDown()
    {
        // Arrange
        await using var services = Services(azurite.ConnectionString, AzuriteFixture.CreateTableName(), probeTimeout: "00:00:05");
        var probe = services.GetRequiredService<IStoreProbe>();

        // Act & Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => probe.IsReachableAsync(new CancellationToken(canceled: true)));
    }

    private static ServiceProvider Services(string connectionString, string factsTable, string probeTimeout) =>
        new ServiceCollection()
            .AddFactBot(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["FactBot:Storage:ConnectionString"] = connectionString,
                ["FactBot:Storage:FactsTable"] = factsTable,
                ["FactBot:Storage:Resilience:ProbeTimeout"] = probeTimeout,
            }).Build())
            .BuildServiceProvider();

    private static int ClosedPort()
    {
        // A port the OS just handed out and nobody listens on any more: connections to it are refused at once.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
