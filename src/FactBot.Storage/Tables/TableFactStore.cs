using Azure;
using Azure.Data.Tables;
using FactBot.Application.Facts;
using FactBot.Core.Facts;
using FactBot.Core.Store;
using Polly;

namespace FactBot.Storage.Tables;

/// <summary>Fact records in an Azure Table: one row per fact, partitioned by source; the known entities in a partition of their own.</summary>
/// <remarks>The seeder's manifest row (see <see cref="FactManifest"/>) is left out of every read and gives the change stamp.</remarks>
internal sealed class TableFactStore(TableClient table, ResiliencePipeline pipeline) : IFactStore, IFactChangeStamp
{
    private static readonly string[] RecordColumn = [FactEntity.Record];
    private static readonly string[] PartitionAndRecordColumns = ["PartitionKey", FactEntity.Record];

    // The known entities have a partition of their own: lists and look-ups of facts leave it out.
    private static readonly string FactsOnly =
        TableClient.CreateQueryFilter($"PartitionKey ne {KnownEntityRow.Partition} and PartitionKey ne {FactManifest.Partition}");

    public string Kind => "table";

    public async Task<FactSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var (records, entities) = await RunAsync(
            async ct =>
            {
                // A retry starts the scan again, so a half-read page never mixes into the result.
                var facts = new List<FactRecord>();
                var known = new List<Entity>();
                await foreach (var row in table.QueryAsync<TableEntity>(FactManifest.FactsOnly, select: PartitionAndRecordColumns, cancellationToken: ct))
                {
                    if (row.PartitionKey == KnownEntityRow.Partition)
                    {
                        known.Add(KnownEntityRow.ToKnownEntity(row));
                    }
                    else
                    {
                        facts.Add(FactEntity.ToRecord(row));
                    }
                }

                return (facts, known);
            },
            cancellationToken);
        return FactSnapshot.Create(records, entities);
    }

    public async Task<FactRecord?> FindAsync(string factId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(factId);

        // Fact ids are unique across sources but the partition is the source, so this is a row-key query.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ne {KnownEntityRow.Partition} and PartitionKey ne {FactManifest.Partition} and RowKey eq {factId}");
        var entity = await RunAsync(
            async ct =>
            {
                await foreach (var row in table.QueryAsync<TableEntity>(filter, select: RecordColumn, cancellationToken: ct))
                {
                    return row;
                }

                return null;
            },
            cancellationToken);
        return entity is null ? null : FactEntity.ToRecord(entity);
    }

    public async Task<FactPage> ListAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);

        // The service's own continuation token (partition and row key) is passed through opaquely.
        var page = await RunAsync(
            async ct =>
            {
                var pages = table.QueryAsync<TableEntity>(FactsOnly, select: RecordColumn, maxPerPage: pageSize, cancellationToken: ct)
                    .AsPages(continuationToken, pageSize);
                await foreach (var p in pages)
                {
                    return new FactPage(p.Values.Select(FactEntity.ToRecord).ToArray(), p.ContinuationToken);
                }

                return new FactPage([], null);
            },
            cancellationToken);
        return page;
    }

    public Task<string?> GetStampAsync(CancellationToken cancellationToken) => FactManifest.ReadStampAsync(table, pipeline, cancellationToken);

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(async ct => await operation(ct), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new InvalidOperationException($"The fact table '{table.Name}' does not exist: run the seeder first.", ex);
        }
    }
}
