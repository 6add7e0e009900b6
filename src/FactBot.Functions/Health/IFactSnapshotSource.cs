using FactBot.Application.Checks;
using FactBot.Core.Store;

namespace FactBot.Functions.Health;

/// <summary>The snapshot the engine checks against (loaded once, then cached by the check service).</summary>
public interface IFactSnapshotSource
{
    ValueTask<FactSnapshot> GetAsync(CancellationToken cancellationToken);
}

/// <summary>The engine's snapshot, as loaded by <see cref="ClaimCheckService"/>.</summary>
public sealed class EngineSnapshotSource(ClaimCheckService service) : IFactSnapshotSource
{
    public async ValueTask<FactSnapshot> GetAsync(CancellationToken cancellationToken) => (await service.LoadAsync(cancellationToken)).Snapshot;
}
