using FactBot.Functions.Http;
using FactBot.Functions.Limits;
using FactBot.Functions.Telemetry;
using FactBot.Storage;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace FactBot.Functions;

/// <summary>The Functions worker as Program.cs runs it (and as tests build it, without a Functions host to talk to).</summary>
public static class FunctionsWorker
{
    /// <summary>
    /// ASP.NET Core integration, then the unhandled-exception middleware (inside the integration's own, so that it sees a
    /// function's exception while the response is still open), then <c>AddFactBot</c> and the functions' services.
    /// </summary>
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<UnhandledExceptionMiddleware>();
        builder.UseMiddleware<CallerRateLimitMiddleware>();
        builder.Services
            .AddFactBot(builder.Configuration)
            .AddFactBotFunctions()
            .AddFactBotTelemetry(builder.Configuration);
        return builder;
    }
}
