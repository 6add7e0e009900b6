using Azure.Data.Tables;

namespace FactBot.Storage.Tables;

/// <summary>
/// Splits actions into entity group transactions as Azure requires them: one partition per batch,
/// at most 100 actions and a payload under 4 MiB.
/// </summary>
internal static class TableBatchPlanner
{
    public const int MaxActionsPerBatch = 100;

    // The wire payload (JSON, escaped, in a multipart body) is larger than the entity size Azure counts,
    // so batches are cut well below the 4 MiB request limit.
    public const long MaxBatchEntityBytes = 2L * 1024 * 1024;

    public static IReadOnlyList<IReadOnlyList<TableTransactionAction>> Plan(IEnumerable<TableTransactionAction> actions)
    {
        var batches = new List<IReadOnlyList<TableTransactionAction>>();
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var current = new List<TableTransactionAction>();
            long currentBytes = 0;
            foreach (var action in partition)
            {
                var bytes = action.Entity is TableEntity entity ? TableEntityLimits.EstimateSize(entity) : 0;
                if (current.Count == MaxActionsPerBatch || (current.Count > 0 && currentBytes + bytes > MaxBatchEntityBytes))
                {
                    batches.Add(current);
                    current = [];
                    currentBytes = 0;
                }

                current.Add(action);
                currentBytes += bytes;
            }

            if (current.Count > 0)
            {
                batches.Add(current);
            }
        }

        return batches;
    }
}
