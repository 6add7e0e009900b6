using Azure.Data.Tables;
using FactBot.Application.Facts;
using Microsoft.Extensions.Logging;
using Polly;

namespace FactBot.Storage.Tables;

/// <summary>
/// Health probe for the table store: reads one row key of the Facts table and of every table FactBot writes (claim log,
/// feedback, webhook deliveries). True only when all answer, so a missing (never seeded) Facts table reports false like
/// an unreachable account; a vanished record table is created again (as its store would on its next write) and counts
/// as healthy only if that works.
/// </summary>
internal sealed class TableStoreProbe(
    TableClient facts,
    RecordTables records,
    ResiliencePipeline pipeline,
    TimeSpan timeout,
    TimeProvider timeProvider,
    ILogger<TableStoreProbe> logger)
    : IStoreProbe
{
    private static readonly string[] KeyColumn = ["PartitionKey"];

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        // One deadline over every probe, retries included: a health route must answer quickly either way.
        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var probes = records.All.Select(t => (t.Name, Probe: (Func<CancellationToken, Task>)t.ProbeAsync)).Prepend((facts.Name, ProbeFactsAsync));
        var results = await Task.WhenAll(probes.Select(p => TryAsync(p.Name, p.Probe, deadline, linked.Token, cancellationToken)));
        return results.All(ok => ok);
    }

    private async Task<bool> TryAsync(string table, Func<CancellationToken, Task> probe, CancellationTokenSource deadline, CancellationToken token, CancellationToken caller)
    {
        try
        {
            await probe(token);
            return true;
        }
        catch (Exception ex) when (!caller.IsCancellationRequested)
        {
            StorageLog.StoreProbeFailed(logger, table, deadline.IsCancellationRequested ? $"no answer within {timeout.TotalMilliseconds:F0} ms" : ex.GetType().Name, ex);
            return false;
        }
    }

    private Task ProbeFactsAsync(CancellationToken cancellationToken) => pipeline.ExecuteAsync(
        async ct =>
        {
            await foreach (var _ in facts.QueryAsync<TableEntity>(select: KeyColumn, maxPerPage: 1, cancellationToken: ct).AsPages(pageSizeHint: 1))
            {
                break;
            }
        },
        cancellationToken).AsTask();
}
