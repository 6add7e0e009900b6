using Azure.Data.Tables;
using Polly;

namespace FactBot.Storage.Tables;

/// <summary>
/// One row in the fact table, outside every source's partition, that the seeder rewrites whenever it changes a fact.
/// Its ETag is the table's change stamp: a running host reads that one row to learn whether it must reload the facts.
/// </summary>
internal static class FactManifest
{
    /// <summary>'~' sorts after every source id and is no source id the seeds allow.</summary>
    public const string Partition = "~manifest";

    public const string Row = "facts";

    /// <summary>The filter that leaves the manifest out of a scan of the fact rows.</summary>
    public static readonly string FactsOnly = TableClient.CreateQueryFilter($"PartitionKey ne {Partition}");

    private static readonly string[] KeyColumn = ["PartitionKey"];

    public static async Task<string?> ReadStampAsync(TableClient table, ResiliencePipeline pipeline, CancellationToken cancellationToken)
    {
        var row = await pipeline.ExecuteAsync(
            async ct => await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, KeyColumn, ct),
            cancellationToken);
        return row.HasValue ? row.Value!.ETag.ToString() : null;
    }

    public static async Task WriteAsync(TableClient table, ResiliencePipeline pipeline, SeedReport report, DateTimeOffset seededAt, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, Row)
        {
            ["SeededAt"] = seededAt,
            ["Added"] = report.Added,
            ["Updated"] = report.Updated,
            ["Deleted"] = report.Deleted,
        };
        await pipeline.ExecuteAsync(async ct => await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct), cancellationToken);
    }
}
