using System.Threading.RateLimiting;
using FactBot.Functions.Http;
using FactBot.Functions.Limits;
using FactBot.Functions.Routing;

namespace FactBot.LocalHost.Limits;

/// <summary>
/// What the Functions host does before a function runs, done by the LocalHost: host.json's
/// <c>maxConcurrentRequests</c> run at once and up to <c>maxOutstandingRequests</c> in all (the rest wait in a queue);
/// beyond that, 429. Then the per-caller rate limit, shared with the worker (<see cref="CallerRateLimiter"/>).
/// </summary>
internal sealed class LoadLimitsMiddleware : IMiddleware, IDisposable
{
    private readonly ConcurrencyLimiter? concurrency;
    private readonly CallerRateLimiter callers;

    public LoadLimitsMiddleware(ApiRouteTable routes, CallerRateLimiter callers)
    {
        this.callers = callers;
        var (concurrent, outstanding) = HostJson.ReadHttpLimits(routes.HostJsonPath);
        if (concurrent is { } permits)
        {
            concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = permits,
                QueueLimit = Math.Max((outstanding ?? int.MaxValue) - permits, 0),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }

        Limits = (concurrent, outstanding);
    }

    public (int? MaxConcurrentRequests, int? MaxOutstandingRequests) Limits { get; }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (callers.TryAcquire(context.Request) is { } limited)
        {
            await limited.WriteAsync(context);
            return;
        }

        if (concurrency is null)
        {
            await next(context);
            return;
        }

        using var lease = await concurrency.AcquireAsync(1, context.RequestAborted);
        if (!lease.IsAcquired)
        {
            await new RequestProblem(StatusCodes.Status429TooManyRequests, "Too many requests", "The host has as many requests outstanding as host.json allows; retry shortly.")
            {
                RetryAfterSeconds = 1,
            }.WriteAsync(context);
            return;
        }

        await next(context);
    }

    public void Dispose() => concurrency?.Dispose();
}
