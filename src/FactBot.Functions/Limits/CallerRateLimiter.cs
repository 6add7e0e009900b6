using System.Threading.RateLimiting;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FactBot.Functions.Limits;

/// <summary>
/// A token bucket per caller (<see cref="CallerKey"/>): one noisy caller empties its own bucket, never another's. A
/// request over the limit is refused at once with 429 and the seconds until its bucket has a token again.
/// </summary>
public sealed class CallerRateLimiter(IOptions<CallerRateLimitOptions> options) : IDisposable
{
    private readonly CallerRateLimitOptions settings = options.Value;
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(caller =>
        RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(options.Value.Burst, 1),
            TokensPerPeriod = Math.Max(options.Value.PermitsPerSecond, 1),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Null when the request may go on, else the 429 problem to answer with.</summary>
    public RequestProblem? TryAcquire(HttpRequest request)
    {
        if (settings.PermitsPerSecond == 0)
        {
            return null;
        }

        using var lease = limiter.AttemptAcquire(CallerKey.Of(request));
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
