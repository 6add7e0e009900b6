using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Polly;

namespace FactBot.Storage.Tables;

/// <summary>Insert-if-absent through the resilience pipeline: AddEntity, with the service's 409 meaning "already there".</summary>
internal static class InsertIfAbsent
{
    public static async Task<bool> TryAddAsync(TableClient table, ResiliencePipeline pipeline, TableEntity entity, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            await pipeline.ExecuteAsync(
                async ct =>
                {
                    attempts++;
                    await table.AddEntityAsync(entity, ct);
                },
                cancellationToken);
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
    }

    private static bool SameProperties(TableEntity sent, TableEntity stored) =>
        sent.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            .All(p => stored.TryGetValue(p.Key, out var value) && Equals(p.Value, value));
}
