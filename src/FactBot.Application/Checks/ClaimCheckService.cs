using FactBot.Application.Facts;
using FactBot.Core.Checking;
using FactBot.Core.Store;
using FactBot.Core.Text;

namespace FactBot.Application.Checks;

/// <summary>
/// Loads the store's snapshot once and builds the engine's index from it; every check after that runs in memory.
/// A failed load is not cached, so the next call tries again; with no snapshot at all a check throws
/// <see cref="FactsUnavailableException"/>. <see cref="Install"/> swaps in a newer snapshot (see <see cref="FactSnapshotRefresher"/>).
/// </summary>
public sealed class ClaimCheckService(IFactStore store, IStemmer stemmer) : IClaimCheckService, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile ClaimEngine? engine;

    /// <summary>The snapshot checks run on now, or null before the first load.</summary>
    public FactSnapshot? Current => engine?.Snapshot;

    public async ValueTask<CheckResult> CheckAsync(string claim, CancellationToken cancellationToken)
    {
        var current = engine;
        if (current is null)
        {
            try
            {
                current = await LoadAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw new FactsUnavailableException("The facts are not loaded yet and the store cannot be read.", ex);
            }
        }

        return current.Check(claim);
    }

    /// <summary>Checks from now on run on <paramref name="snapshot"/>, unless it has the content version already in use.</summary>
    public void Install(FactSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (engine?.Snapshot.Version != snapshot.Version)
        {
            engine = new ClaimEngine(snapshot, stemmer);
        }
    }

    public async ValueTask<ClaimEngine> LoadAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return engine ??= new ClaimEngine(await store.LoadAsync(cancellationToken), stemmer);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
