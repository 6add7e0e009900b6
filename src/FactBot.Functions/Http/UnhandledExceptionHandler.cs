using FactBot.Application.Facts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Http;

/// <summary>
/// The answer to an exception no function handled, the same in both hosts: logged once, then the
/// <see cref="Problems.Unexpected"/> problem. The LocalHost runs it as its exception handler, the Functions worker
/// through <see cref="UnhandledExceptionMiddleware"/>.
/// </summary>
public sealed class UnhandledExceptionHandler(ILogger<UnhandledExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        // Once the status line is sent nothing can replace it; the host ends the response as best it can.
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        RequestLog.Unhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);

        // Before the first snapshot loads (the store down at start) a check cannot be answered yet: 503, try again.
        await (exception is FactsUnavailableException ? Problems.StoreUnavailable("load the facts") : Problems.Unexpected()).WriteAsync(httpContext);
        return true;
    }
}
