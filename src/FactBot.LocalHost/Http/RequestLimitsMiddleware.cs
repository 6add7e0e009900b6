using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FactBot.LocalHost.Http;

/// <summary>
/// The request-line and header limits, answered as problem+json. Kestrel refuses what breaks its own limits before any
/// application code runs, with an empty body that cannot be customised; so the LocalHost sets Kestrel's limits at twice
/// <see cref="MaxRequestLineBytes"/> and <see cref="MaxHeaderBytes"/> (<see cref="LocalHostBuilderExtensions"/>) and
/// refuses here, first in the pipeline, whatever lies between. Beyond twice the limits Kestrel's empty 414/431 remains.
/// </summary>
internal sealed class RequestLimitsMiddleware(RequestDelegate next)
{
    /// <summary>Longest request line (method, target, version), in bytes: Kestrel's default.</summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    /// <summary>Most bytes of header lines (names, values, separators): Kestrel's default.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
        var requestLine = context.Request.Method.Length + 1 + target.Length + 1 + context.Request.Protocol.Length;
        if (requestLine > MaxRequestLineBytes)
        {
            return Problems.UriTooLong(requestLine, MaxRequestLineBytes).WriteAsync(context);
        }

        var headers = context.Request.Headers.Sum(h => h.Value.Sum(v => h.Key.Length + 2 + (v?.Length ?? 0) + 2));
        return headers > MaxHeaderBytes
            ? Problems.HeadersTooLarge(headers, MaxHeaderBytes).WriteAsync(context)
            : next(context);
    }
}
