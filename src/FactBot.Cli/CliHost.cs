using FactBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactBot.Cli;

/// <summary>
/// The CLI's services: configuration from an optional appsettings.json (beside the program, then in the working directory)
/// and environment variables (FactBot__Storage__ConnectionString or FactBot__Storage__TableServiceUri), the store and the engine. Logs go to stderr.
/// </summary>
internal static class CliHost
{
    public static IHost Build()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables();
        builder.Logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddFactBot(builder.Configuration);
        return builder.Build();
    }
}
