using FactBot.Application.Retention;

namespace FactBot.Application.Checks;

/// <summary>
/// The claim log of the embedded store: process memory, insert-if-absent like the table, within its
/// <see cref="RetentionLimits"/> (the oldest check is evicted first; an evicted check reads as unknown, 404).
/// </summary>
public sealed class InMemoryClaimLog(RetentionLimits limits, TimeProvider time) : IClaimLog
{
    /// <summary>The embedded store's default: 10,000 checks, none older than a day.</summary>
    public static readonly RetentionLimits DefaultLimits = new(10_000, TimeSpan.FromDays(1));

    private readonly RetainedEntries<CheckRecord> checks = new(limits, time, evictWithinRetention: true);

    public InMemoryClaimLog()
        : this(DefaultLimits, TimeProvider.System)
    {
    }

    public int Count => checks.Count;

    public Task<bool> TryAddAsync(CheckRecord check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        return Task.FromResult(checks.TryAdd(check.Id, check));
    }

    /// <summary>Memory does not fail in a way a retry would mend: the same as <see cref="TryAddAsync"/>.</summary>
    public Task<bool> TryAddWithoutRetryAsync(CheckRecord check, CancellationToken cancellationToken) => TryAddAsync(check, cancellationToken);

    public Task<CheckRecord?> FindAsync(string checkId, CancellationToken cancellationToken) => Task.FromResult(checks.Find(checkId));
}
