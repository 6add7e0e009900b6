using System.Net;
using System.Net.Sockets;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using FactBot.Application.Facts;
using FactBot.Storage.Tables;
using FactBot.TestSupport.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactBot.Storage.Tests;

public sealed class IdentityStorageRegistrationTests
{
    private const string Endpoint = "https://factbotdemo.table.core.windows.net";

    [Fact]
    public async Task TableServiceUri_alone_builds_a_client_for_that_endpoint_that_asks_the_identity_for_a_storage_token()
    {
        // Arrange
        var credential = new RecordingCredential();
        using var services = Build(new() { ["FactBot:Storage:TableServiceUri"] = Endpoint }, credential);
        Validate(services);
        var client = services.GetRequiredService<TableServiceClient>();

        // Act: the refusing credential stops the request before anything leaves the process.
        await Assert.ThrowsAsync<CredentialRefusedException>(() => client.GetPropertiesAsync());

        // Assert
        Assert.Equal(new Uri(Endpoint), client.Uri);
        Assert.Equal("factbotdemo", client.AccountName);
        Assert.Equal([RecordingCredential.StorageScope], credential.Scopes.Distinct());
        Assert.IsType<TableFactStore>(services.GetRequiredService<IFactStore>());
        Assert.IsType<FactSeeder>(services.GetRequiredService<IFactSeeder>());
    }

    [Fact]
    public void TableServiceUri_without_a_host_credential_uses_DefaultAzureCredential()
    {
        // Arrange
        using var services = Build(new() { ["FactBot:Storage:TableServiceUri"] = Endpoint });

        // Act
        Validate(services);

        // Assert
        Assert.IsType<DefaultAzureCredential>(services.GetRequiredService<TokenCredential>());
        Assert.Equal(new Uri(Endpoint), services.GetRequiredService<TableServiceClient>().Uri);
    }

    [Fact]
    public async Task TableServiceUri_client_makes_one_attempt_so_that_Polly_owns_the_retries()
    {
        // Arrange: an endpoint that accepts each connection and drops it at once, an error the SDK would retry 3 times.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var socket = await listener.AcceptSocketAsync(stop.Token);
                Interlocked.Increment(ref connections);
            }
        });
        using var services = Build(
            new() { ["FactBot:Storage:TableServiceUri"] = $"https://127.0.0.1:{port}/factbotdemo" },
            new RecordingCredential(issueToken: true));
        Validate(services);
        var client = services.GetRequiredService<TableServiceClient>();

        // Act
        await Assert.ThrowsAnyAsync<Exception>(() => client.GetPropertiesAsync());
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => accepting);

        // Assert
        Assert.Equal(1, Volatile.Read(ref connections));
    }

    [Fact]
    public void Both_a_connection_string_and_a_TableServiceUri_fail_at_start_naming_both_settings()
    {
        // Arrange
        using var services = Build(new()
        {
            ["FactBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["FactBot:Storage:TableServiceUri"] = Endpoint,
        });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => Validate(services));

        // Assert
        Assert.Contains("FactBot:Storage:ConnectionString and FactBot:Storage:TableServiceUri are both set", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("UseDevelopmentStorage", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("factbotdemo.table.core.windows.net")]
    [InlineData("http://factbotdemo.table.core.windows.net")]
    [InlineData("https://factbotdemo.table.core.windows.net/?sv=2024-11-04&sig=c2VjcmV0")]
    [InlineData("https://user:pass@factbotdemo.table.core.windows.net")]
    public void An_invalid_TableServiceUri_fails_at_start_naming_the_setting_not_its_value(string uri)
    {
        // Arrange
        using var services = Build(new() { ["FactBot:Storage:TableServiceUri"] = uri });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => Validate(services));

        // Assert
        Assert.Contains("FactBot:Storage:TableServiceUri is not a table service endpoint", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(uri, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_setting_means_the_embedded_store_and_no_storage_client()
    {
        // Arrange
        using var services = Build(new() { ["FactBot:Seeds:Path"] = TestSupport.RepositoryRoot.Seeds });

        // Act
        Validate(services);

        // Assert
        Assert.Equal("embedded", services.GetRequiredService<IFactStore>().Kind);
        Assert.Null(services.GetService<TableServiceClient>());
        Assert.Null(services.GetService<TokenCredential>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, TokenCredential? credential = null)
    {
        var collection = new ServiceCollection();
        if (credential is not null)
        {
            collection.AddSingleton(credential);
        }

        return collection
            .AddFactBot(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
    }

    private static void Validate(IServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();
}
