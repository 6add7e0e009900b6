using FactBot.Application.Facts;
using FactBot.Functions.Contracts;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Health;

/// <summary>Reports whether the store answers, and the count and content version of the facts the engine uses.</summary>
public sealed partial class HealthService(
    IStoreProbe probe,
    IFactSnapshotSource snapshots,
    IFactStore store,
    ILogger<HealthService> logger,
    FactSnapshotRefresher? refresher = null)
{
    public const string Ok = "ok";
    public const string Unavailable = "unavailable";

    public async Task<HealthResponse> CheckAsync(CancellationToken cancellationToken)
    {
        if (!await probe.IsReachableAsync(cancellationToken))
        {
            return new HealthResponse(Unavailable, store.Kind, null, null, Refresh());
        }

        try
        {
            var snapshot = await snapshots.GetAsync(cancellationToken);
            return new HealthResponse(Ok, store.Kind, snapshot.Facts.Count, snapshot.Version, Refresh());
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SnapshotFailed(logger, ex);
            return new HealthResponse(Unavailable, store.Kind, null, null, Refresh());
        }
    }

    private SnapshotRefreshResponse? Refresh() =>
        refresher?.State is { } state ? new SnapshotRefreshResponse(state.LoadedAt, state.LastAttemptAt, state.LastFailure) : null;

    [LoggerMessage(EventId = 1402, Level = LogLevel.Warning, Message = "The facts could not be loaded for the health report")]
    private static partial void SnapshotFailed(ILogger logger, Exception exception);
}
