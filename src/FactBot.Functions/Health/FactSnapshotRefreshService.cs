using FactBot.Application.Facts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactBot.Functions.Health;

/// <summary>
/// Loads the fact snapshot once the host has started (a store that is down does not stop the start) and refreshes it
/// every <see cref="FactSnapshotOptions.RefreshInterval"/>, so that a re-seed takes effect without a restart.
/// </summary>
internal sealed class FactSnapshotRefreshService(FactSnapshotRefresher refresher, IOptions<FactSnapshotOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start path: the host answers (health 503, checks 503) while the store is still unreachable.
        await Task.Yield();
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        do
        {
            // RefreshAsync logs and records its own failures; the loop only ends when the host stops.
            await refresher.RefreshAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
