using Azure.Data.Tables;
using FactBot.Application.Feedback;
using Polly;

namespace FactBot.Storage.Tables;

/// <summary>Feedback in an Azure Table, partitioned by check (see <see cref="FeedbackEntity"/>).</summary>
internal sealed class TableFeedbackStore(EnsuredTable feedbackTable, ResiliencePipeline pipeline) : IFeedbackStore
{
    public async Task AddAsync(FeedbackRecord feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var entity = FeedbackEntity.ToEntity(feedback);
        TableEntityLimits.Validate(entity);
        // Upsert, not insert: feedback ids are unique, so a retry whose first attempt did land rewrites the same row
        // instead of failing with a conflict.
        await feedbackTable.RunAsync(
            (table, ct) => pipeline.ExecuteAsync(async token => await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, token), ct).AsTask(),
            cancellationToken);
    }

    public async Task<IReadOnlyList<FeedbackRecord>> ListAsync(string checkId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(checkId);
        if (!TableEntityLimits.IsValidKey(checkId))
        {
            return [];
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {checkId}");
        var rows = await feedbackTable.RunAsync((table, outer) => pipeline.ExecuteAsync(
            async ct =>
            {
                // A retry reads the partition again from the start, so no half-read page is kept.
                var list = new List<FeedbackRecord>();
                await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
                {
                    list.Add(FeedbackEntity.ToRecord(row));
                }

                return list;
            },
            outer).AsTask(), cancellationToken);

        // The table returns row-key order; arrival order is what the in-memory store gives and what a reader expects.
        return rows.OrderBy(f => f.ReceivedAt).ThenBy(f => f.Id, StringComparer.Ordinal).ToArray();
    }
}
