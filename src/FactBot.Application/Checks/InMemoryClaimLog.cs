using System.Collections.Concurrent;

namespace FactBot.Application.Checks;

/// <summary>The claim log of the embedded store: process memory, same behaviour as the table.</summary>
public sealed class InMemoryClaimLog : IClaimLog
{
    private readonly ConcurrentDictionary<string, CheckRecord> checks = new(StringComparer.Ordinal);

    public Task<bool> TryAddAsync(CheckRecord check, CancellationToken cancellationToken) => Task.FromResult(checks.TryAdd(check.Id, check));

    public Task<CheckRecord?> FindAsync(string checkId, CancellationToken cancellationToken) => Task.FromResult(checks.GetValueOrDefault(checkId));
}
