using System.Threading.RateLimiting;
using FactBot.Functions.Http;
using FactBot.Functions.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FactBot.Functions.Limits;

/// <summary>
/// A token bucket per caller: one noisy caller empties its own bucket, never another's. A request over the limit is
/// refused at once with 429 and the seconds until its bucket has a token again.
/// </summary>
/// <remarks>
/// Two ways in. Before a function runs (<see cref="TryAcquire(HttpRequest)"/>): the caller is the function key presented,
/// else the client address (<see cref="CallerKey"/>). The signed routes (chat platforms, the claim webhook) are skipped
/// there: every Slack team or Discord guild arrives from the platform's own addresses, so an address would put them all
/// in one bucket. Their services ask <see cref="TryAcquire(string)"/> once the signature holds, with the identity the
/// signed body names (<c>slack:T…</c>, <c>teams:&lt;tenant&gt;</c>, <c>telegram:&lt;chat&gt;</c>, <c>discord:&lt;guild&gt;</c>,
/// <c>webhook:&lt;signing key id&gt;</c>): an unverified request never chooses whose bucket it draws from.
/// </remarks>
public sealed class CallerRateLimiter : IDisposable
{
    private readonly CallerRateLimitOptions settings;
    private readonly PathString[] signedRoutes;
    private readonly PartitionedRateLimiter<string> limiter;

    public CallerRateLimiter(IOptions<CallerRateLimitOptions> options, ApiRouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(routes);
        settings = options.Value;
        var prefix = routes.RoutePrefix.Length == 0 ? string.Empty : "/" + routes.RoutePrefix.Trim('/');
        signedRoutes = [new PathString(prefix + "/chat"), new PathString(prefix + "/webhooks")];
        var burst = Math.Max(settings.Burst, 1);
        var rate = Math.Max(settings.PermitsPerSecond, 1);
        limiter = PartitionedRateLimiter.Create<string, string>(caller =>
            RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = rate,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Whether a limit is set at all (it is off by default).</summary>
    public bool IsEnabled => settings.PermitsPerSecond > 0;

    /// <summary>
    /// Null when the request may go on, else the 429 problem to answer with. Requests to the signed routes always go on
    /// here: their services limit them by the verified sender (<see cref="TryAcquire(string)"/>).
    /// </summary>
    public RequestProblem? TryAcquire(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsEnabled || Array.Exists(signedRoutes, route => request.Path.StartsWithSegments(route, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return TryAcquire(CallerKey.Of(request));
    }

    /// <summary>Null when <paramref name="caller"/> may be served now, else the 429 problem (with <c>Retry-After</c>) to refuse it with.</summary>
    public RequestProblem? TryAcquire(string caller)
    {
        ArgumentException.ThrowIfNullOrEmpty(caller);
        if (!IsEnabled)
        {
            return null;
        }

        using var lease = limiter.AttemptAcquire(caller);
        if (lease.IsAcquired)
        {
            return null;
        }

        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        return new RequestProblem(StatusCodes.Status429TooManyRequests, "Too many requests", "This caller has sent more requests than its limit allows; retry after Retry-After.")
        {
            RetryAfterSeconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)),
        };
    }

    public void Dispose() => limiter.Dispose();
}
