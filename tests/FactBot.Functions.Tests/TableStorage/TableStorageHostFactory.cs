using FactBot.Core.Seeds;
using FactBot.LocalHost;
using FactBot.Storage;
using FactBot.TestSupport.Azurite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Functions.Tests.TableStorage;

/// <summary>The LocalHost in process on Azurite's Table Storage, with tables of its own, seeded from seeds/.</summary>
public sealed class TableStorageHostFactory(AzuriteFixture azurite) : WebApplicationFactory<LocalHostMarker>
{
    private readonly string suffix = Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// How long a check waits for its claim-log row. These tests assert what is recorded, not how fast, so they wait
    /// long enough for a loaded test machine; null keeps the product's budget (the store-down tests measure it).
    /// </summary>
    public TimeSpan? RecordTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The storage pipeline's attempt timeout. A shared CI machine can stall for a second: with the product's 1 s, a
    /// burst of requests caught in that stall times out together and opens the breaker, which is what the resilience
    /// tests show and these tests do not ask about. Null keeps the product's value.
    /// </summary>
    public TimeSpan? AttemptTimeout { get; init; } = StallTolerance.AttemptTimeout;

    public async Task SeedAsync()
    {
        var seeder = Services.GetRequiredService<IFactSeeder>();
        await seeder.SeedAsync(SeedLoader.LoadDirectory(SeedDirectory.Locate(workingDirectory: AppContext.BaseDirectory)), CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("FactBot:Storage:ConnectionString", azurite.ConnectionString);
        builder.UseSetting("FactBot:Storage:FactsTable", "Facts" + suffix);
        builder.UseSetting("FactBot:Storage:ChecksTable", "Checks" + suffix);
        builder.UseSetting("FactBot:Storage:FeedbackTable", "Feedback" + suffix);
        builder.UseSetting("FactBot:Storage:WebhookDeliveriesTable", "Deliveries" + suffix);
        builder.UseSetting("FactBot:Webhook:Secret", ApiHostFactory.Secret);
        if (RecordTimeout is { } timeout)
        {
            builder.UseSetting("FactBot:Checks:RecordTimeout", timeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (AttemptTimeout is { } attempt)
        {
            builder.UseSetting(StallTolerance.AttemptTimeoutSetting, attempt.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
