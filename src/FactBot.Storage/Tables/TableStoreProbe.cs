using Azure.Data.Tables;
using FactBot.Application.Facts;
using Microsoft.Extensions.Logging;
using Polly;

namespace FactBot.Storage.Tables;

/// <summary>
/// Health probe for the table store: asks the Facts table for one row's key. True only when that query succeeds,
/// so a missing (never seeded) table reports false like an unreachable account: neither can answer a check.
/// </summary>
internal sealed class TableStoreProbe(TableClient facts, ResiliencePipeline pipeline, TimeSpan timeout, TimeProvider timeProvider, ILogger<TableStoreProbe> logger)
    : IStoreProbe
{
    private static readonly string[] KeyColumn = ["PartitionKey"];

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        // One deadline over the whole pipeline, retries included: a health route must answer quickly either way.
        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await pipeline.ExecuteAsync(
                async ct =>
                {
                    await foreach (var _ in facts.QueryAsync<TableEntity>(select: KeyColumn, maxPerPage: 1, cancellationToken: ct).AsPages(pageSizeHint: 1))
                    {
                        break;
                    }
                },
                linked.Token);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            StorageLog.StoreProbeFailed(logger, facts.Name, deadline.IsCancellationRequested ? $"no answer within {timeout.TotalMilliseconds:F0} ms" : ex.GetType().Name, ex);
            return false;
        }
    }
}
