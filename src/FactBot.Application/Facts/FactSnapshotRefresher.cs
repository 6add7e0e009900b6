using FactBot.Application.Checks;
using Microsoft.Extensions.Logging;

namespace FactBot.Application.Facts;

/// <summary>
/// Refreshes the snapshot the checks run on. A store with a change stamp (<see cref="IFactChangeStamp"/>) is asked that
/// first, and an unchanged stamp ends the refresh there; otherwise the facts are read and, when their content version
/// differs, the engine is rebuilt and swapped in. A failed refresh keeps the last good snapshot, is logged and shows in
/// <see cref="State"/> (and so in the health report).
/// </summary>
public sealed partial class FactSnapshotRefresher(IFactStore store, ClaimCheckService checks, TimeProvider time, ILogger<FactSnapshotRefresher> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? stamp;
    private volatile SnapshotRefreshState state = new(null, null, null);

    public SnapshotRefreshState State => state;

    /// <summary>One refresh; true when it succeeded (changed or not), false when it failed and the last snapshot stays.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            try
            {
                var current = store is IFactChangeStamp stamps ? await stamps.GetStampAsync(cancellationToken) : null;
                if (current is not null && current == stamp && checks.Current is not null)
                {
                    state = state with { LastAttemptAt = now, LastFailure = null };
                    return true;
                }

                var snapshot = await store.LoadAsync(cancellationToken);
                var before = checks.Current?.Version;
                checks.Install(snapshot);
                stamp = current;
                if (before != snapshot.Version)
                {
                    Loaded(logger, snapshot.Facts.Count, snapshot.Version, before ?? "none");
                    state = new SnapshotRefreshState(now, now, null);
                }
                else
                {
                    state = state with { LoadedAt = state.LoadedAt ?? now, LastAttemptAt = now, LastFailure = null };
                }

                return true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                RefreshFailed(logger, ex, checks.Current?.Version ?? "none");
                state = state with { LastAttemptAt = now, LastFailure = $"{ex.GetType().Name}: {ex.Message}" };
                return false;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Fact snapshot loaded: {Facts} facts, version {Version} (was {Previous})")]
    private static partial void Loaded(ILogger logger, int facts, string version, string previous);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Fact snapshot refresh failed; still checking against version {Version}")]
    private static partial void RefreshFailed(ILogger logger, Exception exception, string version);
}
