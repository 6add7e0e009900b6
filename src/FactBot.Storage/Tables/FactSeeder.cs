using Azure;
using Azure.Data.Tables;
using FactBot.Core.Seeds;
using Microsoft.Extensions.Logging;
using Polly;

namespace FactBot.Storage.Tables;

/// <summary>
/// Makes the fact table hold exactly the seeds — a row per fact and a row per known entity — compared by content
/// hash, so a re-run with the same seeds writes nothing and leaves every ETag as it was.
/// </summary>
internal sealed class FactSeeder(TableClient table, ResiliencePipeline pipeline, TimeProvider timeProvider, ILogger<FactSeeder> logger) : IFactSeeder
{
    private static readonly string[] KeyAndHashColumns = ["PartitionKey", "RowKey", FactEntity.ContentHash];

    public async Task<SeedReport> SeedAsync(SeedSet seeds, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();

        // Every row is built and checked first, so a record Azure would reject fails the run before any write.
        var wanted = new Dictionary<(string Partition, string Row), TableEntity>();
        foreach (var fact in seeds.Facts)
        {
            var entity = FactEntity.ToEntity(fact);
            TableEntityLimits.Validate(entity);
            if (!wanted.TryAdd((entity.PartitionKey, entity.RowKey), entity))
            {
                throw new InvalidOperationException($"Fact '{fact.Id}' of source '{fact.Source.Id}' is seeded twice.");
            }
        }

        foreach (var known in seeds.KnownEntities)
        {
            var entity = KnownEntityRow.ToEntity(known);
            TableEntityLimits.Validate(entity);
            if (!wanted.TryAdd((entity.PartitionKey, entity.RowKey), entity))
            {
                throw new InvalidOperationException($"Entity '{known.Id}' is seeded twice.");
            }
        }

        var created = await pipeline.ExecuteAsync(async ct => await table.CreateIfNotExistsAsync(ct), cancellationToken);
        if (created.GetRawResponse().Status is 201 or 204)
        {
            StorageLog.TableCreated(logger, table.Name);
        }

        var existing = await pipeline.ExecuteAsync(
            async ct =>
            {
                var rows = new Dictionary<(string Partition, string Row), string?>();
                await foreach (var row in table.QueryAsync<TableEntity>(FactManifest.FactsOnly, select: KeyAndHashColumns, cancellationToken: ct))
                {
                    rows[(row.PartitionKey, row.RowKey)] = row.GetString(FactEntity.ContentHash);
                }

                return rows;
            },
            cancellationToken);

        int added = 0, updated = 0, unchanged = 0;
        var actions = new List<TableTransactionAction>();
        foreach (var (key, entity) in wanted)
        {
            if (!existing.TryGetValue(key, out var hash))
            {
                added++;
            }
            else if (!string.Equals(hash, entity.GetString(FactEntity.ContentHash), StringComparison.Ordinal))
            {
                updated++;
            }
            else
            {
                unchanged++;
                continue;
            }

            // Replace, not merge: a column dropped from the layout must not linger in old rows.
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
        }

        var stale = existing.Keys.Where(k => !wanted.ContainsKey(k)).ToList();
        actions.AddRange(stale.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(k.Partition, k.Row), ETag.All)));

        var batches = TableBatchPlanner.Plan(actions);
        foreach (var batch in batches)
        {
            await pipeline.ExecuteAsync(async ct => await table.SubmitTransactionAsync(batch, ct), cancellationToken);
        }

        var report = new SeedReport(added, updated, stale.Count, unchanged);

        // Written last, so a host that sees the new stamp reads every row written before it.
        if (report.Changed || await FactManifest.ReadStampAsync(table, pipeline, cancellationToken) is null)
        {
            await FactManifest.WriteAsync(table, pipeline, report, timeProvider.GetUtcNow(), cancellationToken);
        }

        var elapsed = timeProvider.GetElapsedTime(started);
        StorageLog.SeedingCompleted(logger, table.Name, elapsed.TotalMilliseconds, added, updated, stale.Count, unchanged, batches.Count);
        return report;
    }
}
