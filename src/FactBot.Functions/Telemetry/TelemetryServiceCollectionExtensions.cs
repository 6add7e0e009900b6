using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using FactBot.Application.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace FactBot.Functions.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>Set by Azure (infra/main.bicep): send logs and metrics to that Application Insights component.</summary>
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Locally, <c>FactBot:Telemetry:Console=true</c> prints the same logs and metrics on the console.</summary>
    public const string ConsoleSetting = "FactBot:Telemetry:Console";

    public const string ServiceName = "factbot";

    /// <summary>
    /// OpenTelemetry for <see cref="CheckTelemetry"/>'s meter and the host's logs: to Azure Monitor when
    /// <see cref="AzureMonitorSetting"/> is set, authenticating with <see cref="DefaultAzureCredential"/> (the app's managed
    /// identity; the component refuses instrumentation-key ingestion), else to the console only when
    /// <see cref="ConsoleSetting"/> says so, else nowhere (the counters still exist for an in-process listener).
    /// </summary>
    public static IServiceCollection AddFactBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var toAzureMonitor = !string.IsNullOrWhiteSpace(configuration[AzureMonitorSetting]);
        var toConsole = configuration.GetValue<bool>(ConsoleSetting);
        if (!toAzureMonitor && !toConsole)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics.AddMeter(CheckTelemetry.MeterName));
        if (toAzureMonitor)
        {
            telemetry.UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = configuration[AzureMonitorSetting];
                options.Credential = new DefaultAzureCredential();
            });
        }
        else
        {
            telemetry
                .WithMetrics(metrics => metrics.AddConsoleExporter())
                .WithLogging(logging => logging.AddConsoleExporter());
        }

        return services;
    }
}
