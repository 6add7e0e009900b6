using FactBot.Application.Facts;
using FactBot.Core.Checking;
using FactBot.Core.Text;

namespace FactBot.Application.Checks;

/// <summary>
/// Loads the store's snapshot once and builds the engine's index from it; every check after that runs in memory.
/// A failed load is not cached, so the next call tries again.
/// </summary>
public sealed class ClaimCheckService(IFactStore store, IStemmer stemmer) : IClaimCheckService, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile ClaimEngine? engine;

    public async ValueTask<CheckResult> CheckAsync(string claim, CancellationToken cancellationToken)
    {
        var current = engine ?? await LoadAsync(cancellationToken);
        return current.Check(claim);
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
