using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace FactBot.Functions.Limits;

/// <summary>The per-caller rate limit in the Functions worker (the LocalHost applies the same limiter as ASP.NET Core middleware).</summary>
public sealed class CallerRateLimitMiddleware(CallerRateLimiter limiter) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is { } http && limiter.TryAcquire(http.Request) is { } refused)
        {
            await refused.WriteAsync(http);
            return;
        }

        await next(context);
    }
}
