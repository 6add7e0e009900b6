using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Polly;

namespace FactBot.Storage.Tables;

/// <summary>Insert-if-absent through the resilience pipeline: AddEntity, with the service's 409 meaning "already there".</summary>
internal static class InsertIfAbsent
{
    public static Task<bool> TryAddAsync(TableClient table, ResiliencePipeline pipeline, TableEntity entity, CancellationToken cancellationToken) =>
        TryAddAsync(table, pipeline, entity, retry: true, cancellationToken);

    /// <summary>The insert; with <paramref name="retry"/> false in one attempt (<see cref="Resilience.StorageResilience.SingleAttempt"/>), for a caller with a latency budget.</summary>
    public static async Task<bool> TryAddAsync(TableClient table, ResiliencePipeline pipeline, TableEntity entity, bool retry, CancellationToken cancellationToken)
    {
        var attempts = 0;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Resilience.StorageResilience.SingleAttempt, !retry);
        try
        {
            await pipeline.ExecuteAsync(
                async ctx =>
                {
                    attempts++;
                    await table.AddEntityAsync(entity, ctx.CancellationToken);
                },
                context);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409 && ex.ErrorCode == TableErrorCode.EntityAlreadyExists.ToString())
        {
            if (attempts == 1)
            {
                return false;
            }

            // A retried insert may conflict with its own earlier attempt, whose write landed but whose response was lost
            // (timeout, dropped connection). The row then holds exactly what we sent: that is our insert, not someone else's.
            var stored = await pipeline.ExecuteAsync(
                async ct => await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: ct),
                cancellationToken);
            return stored.HasValue && SameProperties(entity, stored.Value!);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static bool SameProperties(TableEntity sent, TableEntity stored) =>
        sent.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            .All(p => stored.TryGetValue(p.Key, out var value) && Equals(p.Value, value));
}
