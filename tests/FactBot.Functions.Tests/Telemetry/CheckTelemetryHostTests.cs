using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using FactBot.Application.Telemetry;
using FactBot.Functions.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace FactBot.Functions.Tests.Telemetry;

public sealed class CheckTelemetryHostTests(ApiHostFactory factory) : IClassFixture<ApiHostFactory>
{
    [Fact]
    public async Task A_check_over_the_API_is_counted_under_the_api_channel_with_its_verdict()
    {
        // Arrange
        using var client = factory.CreateClient();
        using var counter = new MetricCollector<long>(
            factory.Services.GetRequiredService<IMeterFactory>(), CheckTelemetry.MeterName, CheckTelemetry.VerdictCounterName);

        // Act
        var response = await client.PostAsJsonAsync("/api/claims/check", new { claim = "OpenAI was founded in 2015." });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var measurement = Assert.Single(counter.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal("api", measurement.Tags[CheckTelemetry.ChannelTag]);
        Assert.Equal("supported", measurement.Tags[CheckTelemetry.VerdictTag]);
    }

    [Fact]
    public void Without_Application_Insights_or_the_console_switch_no_exporter_is_registered()
    {
        using var services = Build([]);

        Assert.Null(services.GetService<MeterProvider>());
    }

    [Fact]
    public void The_console_switch_exports_the_check_meter_to_the_console()
    {
        using var services = Build(new() { [TelemetryServiceCollectionExtensions.ConsoleSetting] = "true" });

        Assert.NotNull(services.GetService<MeterProvider>());
    }

    [Fact]
    public void An_Application_Insights_connection_string_sends_with_the_identity_not_the_key()
    {
        const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://example.invalid/";

        using var services = Build(new() { [TelemetryServiceCollectionExtensions.AzureMonitorSetting] = ConnectionString });

        // The options, not the provider: building it would start an exporter that asks Entra for a token.
        var options = services.GetRequiredService<IOptionsMonitor<AzureMonitorExporterOptions>>().Get(Options.DefaultName);
        Assert.Equal(ConnectionString, options.ConnectionString);
        Assert.IsType<DefaultAzureCredential>(options.Credential);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddFactBotTelemetry(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
