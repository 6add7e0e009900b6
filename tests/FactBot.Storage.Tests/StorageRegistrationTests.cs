using Azure.Data.Tables;
using FactBot.Application.Checks;
using FactBot.Application.Facts;
using FactBot.Application.Feedback;
using FactBot.Application.Webhooks;
using FactBot.Storage.Tables;
using FactBot.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FactBot.Storage.Tests;

public sealed class StorageRegistrationTests
{
    [Fact]
    public async Task AddFactBot_NoConnectionString_UsesTheEmbeddedStoreAndNoSeeder()
    {
        // Arrange
        using var services = Build(new() { ["FactBot:Seeds:Path"] = RepositoryRoot.Seeds });

        // Act
        Validate(services);
        var store = services.GetRequiredService<IFactStore>();
        var snapshot = await store.LoadAsync(CancellationToken.None);

        // Assert
        Assert.Equal("embedded", store.Kind);
        Assert.NotEmpty(snapshot.Facts);
        Assert.Null(services.GetService<IFactSeeder>());
        Assert.Null(services.GetService<TableServiceClient>());
    }

    [Fact]
    public void AddFactBot_DevelopmentStorage_UsesTheTableOnAzuritesDefaultPort()
    {
        // Arrange
        using var services = Build(new() { ["FactBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true" });

        // Act
        Validate(services);
        var store = services.GetRequiredService<IFactStore>();
        var client = services.GetRequiredService<TableServiceClient>();

        // Assert
        Assert.IsType<TableFactStore>(store);
        Assert.Equal("table", store.Kind);
        Assert.IsType<FactSeeder>(services.GetRequiredService<IFactSeeder>());
        Assert.Equal(10002, client.Uri.Port);
        Assert.Equal("devstoreaccount1", client.AccountName);
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddFactBot_NoConnectionString_RecordsAndProbeAreInMemory()
    {
        // Arrange
        using var services = Build(new() { ["FactBot:Seeds:Path"] = RepositoryRoot.Seeds });

        // Act
        Validate(services);

        // Assert
        Assert.IsType<InMemoryClaimLog>(services.GetRequiredService<IClaimLog>());
        Assert.IsType<InMemoryFeedbackStore>(services.GetRequiredService<IFeedbackStore>());
        Assert.IsType<InMemoryWebhookDeliveryStore>(services.GetRequiredService<IWebhookDeliveryStore>());
        Assert.IsType<InMemoryStoreProbe>(services.GetRequiredService<IStoreProbe>());
    }

    [Fact]
    public void AddFactBot_ConnectionString_RecordsAndProbeAreTables()
    {
        // Arrange
        using var services = Build(new() { ["FactBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true" });

        // Act
        Validate(services);

        // Assert
        Assert.IsType<TableClaimLog>(services.GetRequiredService<IClaimLog>());
        Assert.IsType<TableFeedbackStore>(services.GetRequiredService<IFeedbackStore>());
        Assert.IsType<TableWebhookDeliveryStore>(services.GetRequiredService<IWebhookDeliveryStore>());
        Assert.IsType<TableStoreProbe>(services.GetRequiredService<IStoreProbe>());
        Assert.Same(services.GetRequiredService<IClaimLog>(), services.GetRequiredService<IClaimLog>());
    }

    [Fact]
    public void AddFactBot_HostAddsDefaultsWithTryAddAfterwards_TheTableStoresStillWin()
    {
        // Arrange: a host that adds defaults of its own with TryAdd after AddFactBot.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FactBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        }).Build();
        var collection = new ServiceCollection().AddFactBot(configuration);
        collection.TryAddSingleton<IClaimLog, InMemoryClaimLog>();
        collection.TryAddSingleton<IStoreProbe, InMemoryStoreProbe>();

        // Act
        using var services = collection.BuildServiceProvider();

        // Assert
        Assert.IsType<TableClaimLog>(services.GetRequiredService<IClaimLog>());
        Assert.IsType<TableStoreProbe>(services.GetRequiredService<IStoreProbe>());
    }

    [Theory]
    [InlineData("garbage-value-xyz")]
    [InlineData("AccountName=only")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=a;AccountKey=not-base64!;TableEndpoint=http://127.0.0.1:1/a;")]
    public void AddFactBot_UnparsableConnectionString_FailsAtStartNamingTheSetting(string connectionString)
    {
        // Arrange
        using var services = Build(new() { ["FactBot:Storage:ConnectionString"] = connectionString });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => Validate(services));

        // Assert
        Assert.Contains("FactBot:Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(connectionString, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1facts")]
    [InlineData("fact-table")]
    [InlineData("tables")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void AddFactBot_InvalidTableName_FailsAtStart(string table)
    {
        // Arrange
        using var services = Build(new()
        {
            ["FactBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["FactBot:Storage:FactsTable"] = table,
        });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => Validate(services));

        // Assert
        Assert.Contains("FactsTable", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ChecksTable")]
    [InlineData("FeedbackTable")]
    [InlineData("WebhookDeliveriesTable")]
    public void AddFactBot_InvalidRecordTableName_FailsAtStartNamingTheSetting(string setting)
    {
        // Arrange
        using var services = Build(new()
        {
            ["FactBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            [$"FactBot:Storage:{setting}"] = "web-hooks",
        });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => Validate(services));

        // Assert
        Assert.Contains($"FactBot:Storage:{setting} 'web-hooks'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFactBot_TwoSettingsNameOneTable_FailsAtStart()
    {
        // Arrange: table names are case-insensitive, so these are the same table.
        using var services = Build(new()
        {
            ["FactBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["FactBot:Storage:FeedbackTable"] = "checks",
        });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => Validate(services));

        // Assert
        Assert.Contains("FactBot:Storage:ChecksTable, FactBot:Storage:FeedbackTable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFactBot_ZeroProbeTimeout_FailsAtStart()
    {
        // Arrange
        using var services = Build(new()
        {
            ["FactBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["FactBot:Storage:Resilience:ProbeTimeout"] = "00:00:00",
        });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => Validate(services));

        // Assert
        Assert.Contains("ProbeTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFactBot_ValidSettings_PassStartValidation()
    {
        // Arrange
        using var services = Build(new()
        {
            ["FactBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["FactBot:Storage:FactsTable"] = "Facts2",
            ["FactBot:Seeds:Path"] = RepositoryRoot.Seeds,
        });

        // Act
        var error = Record.Exception(() => Validate(services));

        // Assert
        Assert.Null(error);
    }

    [Fact]
    public void AddFactBot_ZeroAttemptTimeout_FailsAtStart()
    {
        // Arrange
        using var services = Build(new()
        {
            ["FactBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["FactBot:Storage:Resilience:AttemptTimeout"] = "00:00:00",
        });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => Validate(services));

        // Assert
        Assert.Contains("AttemptTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFactBot_MissingSeedsFolder_FailsAtStart()
    {
        // Arrange
        using var services = Build(new() { ["FactBot:Seeds:Path"] = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")) });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => Validate(services));

        // Assert
        Assert.Contains("FactBot:Seeds:Path", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MaxChecks", "0")]
    [InlineData("MaxFeedback", "-1")]
    [InlineData("MaxDeliveries", "20000000")]
    [InlineData("CheckRetention", "00:00:10")]
    [InlineData("DeliveryRetention", "00:05:00")]
    public void AddFactBot_OutOfRangeEmbeddedLimits_FailAtStartNamingTheSetting(string setting, string value)
    {
        // Arrange
        using var services = Build(new() { ["FactBot:Seeds:Path"] = RepositoryRoot.Seeds, [$"FactBot:Embedded:{setting}"] = value });

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => Validate(services));

        // Assert
        Assert.Contains($"FactBot:Embedded:{setting}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddFactBot_EmbeddedLimits_AreTheOnesTheClaimLogKeeps()
    {
        // Arrange
        using var services = Build(new() { ["FactBot:Seeds:Path"] = RepositoryRoot.Seeds, ["FactBot:Embedded:MaxChecks"] = "3" });
        var log = (InMemoryClaimLog)services.GetRequiredService<IClaimLog>();

        // Act
        foreach (var i in Enumerable.Range(0, 5))
        {
            await log.TryAddAsync(new CheckRecord($"c{i}", "claim", "en", "unknown", 0, null, "api", DateTimeOffset.UtcNow), CancellationToken.None);
        }

        // Assert
        Assert.Equal(3, log.Count);
        Assert.Null(await log.FindAsync("c1", CancellationToken.None));
        Assert.NotNull(await log.FindAsync("c4", CancellationToken.None));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddFactBot(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    // What the host does before it starts: runs every ValidateOnStart registration.
    private static void Validate(IServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();
}
