using FactBot.LocalHost.Http;

namespace FactBot.LocalHost;

public static class LocalHostBuilderExtensions
{
    /// <summary>The port <c>func start</c> uses, so clients work against either host unchanged.</summary>
    public const string DefaultUrl = "http://localhost:7071";

    /// <summary>
    /// Services the LocalHost needs to stand in for the Functions host: the MVC executors that run <c>IActionResult</c>s,
    /// Kestrel's request-line and header limits raised for <see cref="RequestLimitsMiddleware"/>,
    /// and <see cref="DefaultUrl"/> unless <c>--urls</c>, ASPNETCORE_URLS or a port setting says otherwise. Problem+json
    /// comes with the functions' own services, shared with the worker.
    /// </summary>
    public static WebApplicationBuilder AddFunctionsLocalHost(this WebApplicationBuilder builder)
    {
        var configured = new[] { WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey }
            .Any(key => !string.IsNullOrWhiteSpace(builder.Configuration[key]));
        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Twice the limits RequestLimitsMiddleware enforces, so that it, not Kestrel, answers most oversized requests.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = 2 * RequestLimitsMiddleware.MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 2 * RequestLimitsMiddleware.MaxHeaderBytes;
        });
        builder.Services.AddMvcCore();
        builder.Services.AddSingleton<Limits.LoadLimitsMiddleware>();
        return builder;
    }
}
