using Azure.Data.Tables;
using FactBot.Core.Seeds;
using FactBot.Storage.Resilience;
using FactBot.Storage.Tables;
using FactBot.TestSupport.Azurite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace FactBot.Storage.Tests;

/// <summary>A fresh table on the shared Azurite, with the production client options and pipeline.</summary>
internal sealed class TableTestContext
{
    public TableTestContext(AzuriteFixture azurite, ILogger<FactSeeder>? seederLogger = null)
    {
        Service = new TableServiceClient(azurite.ConnectionString, TableClientOptionsFactory.Create());
        Table = Service.GetTableClient(AzuriteFixture.CreateTableName());
        Pipeline = new ResiliencePipelineBuilder().AddTableStorageStrategies(new TableResilienceOptions(), NullLogger.Instance).Build();
        Seeder = new FactSeeder(Table, Pipeline, TimeProvider.System, seederLogger ?? NullLogger<FactSeeder>.Instance);
        Store = new TableFactStore(Table, Pipeline);
    }

    public TableServiceClient Service { get; }

    public TableClient Table { get; }

    public ResiliencePipeline Pipeline { get; }

    public FactSeeder Seeder { get; }

    public TableFactStore Store { get; }

    public static SeedSet Seeds(IEnumerable<Core.Facts.FactRecord> facts, IEnumerable<Core.Facts.Entity>? knownEntities = null)
    {
        var list = facts.ToList();
        return new SeedSet(list.Select(f => f.Source).Distinct().ToList(), list, "test") { KnownEntities = (knownEntities ?? []).ToList() };
    }

    /// <summary>Another fresh table on the same service, not yet created.</summary>
    public TableClient NewTable() => Service.GetTableClient(AzuriteFixture.CreateTableName());

    /// <summary>The table as the record stores get it: created on first use, through this context's pipeline.</summary>
    public EnsuredTable Ensured(TableClient table) => new(table, Pipeline, NullLogger.Instance);

    /// <summary>Every row with every property, the ETag and Timestamp included, keyed by "partition/row"; the seeder's manifest row left out.</summary>
    public async Task<Dictionary<string, TableEntity>> ReadRowsAsync(TableClient? table = null)
    {
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var row in (table ?? Table).QueryAsync<TableEntity>())
        {
            if (row.PartitionKey == FactManifest.Partition)
            {
                continue;
            }

            rows[$"{row.PartitionKey}/{row.RowKey}"] = row;
        }

        return rows;
    }

    public async Task<bool> TableExistsAsync(TableClient? table = null)
    {
        var name = (table ?? Table).Name;
        await foreach (var _ in Service.QueryAsync(t => t.Name == name))
        {
            return true;
        }

        return false;
    }
}
