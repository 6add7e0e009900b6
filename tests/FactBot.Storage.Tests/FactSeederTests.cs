using Azure.Data.Tables;
using FactBot.Storage.Tables;
using FactBot.TestSupport.Azurite;
using FactBot.TestSupport.Facts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FactBot.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class FactSeederTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SeedAsync_EmptyTable_AddsEveryRecordWithItsColumns()
    {
        // Arrange
        var context = new TableTestContext(azurite);
        var fact = new FactRecordBuilder().WithSource("src-a", "Title A", "2023-03").WithId("fact-1").WithSentence("Acme was founded in 1999.").Build();

        // Act
        var report = await context.Seeder.SeedAsync(TableTestContext.Seeds([fact]), CancellationToken.None);

        // Assert
        Assert.Equal(new SeedReport(1, 0, 0, 0), report);
        var row = Assert.Single(await context.ReadRowsAsync()).Value;
        Assert.Equal("src-a", row.PartitionKey);
        Assert.Equal("fact-1", row.RowKey);
        Assert.Equal("Acme was founded in 1999.", row.GetString(FactEntity.Sentence));
        Assert.Equal("Title A", row.GetString(FactEntity.SourceTitle));
        Assert.Equal("2023-03", row.GetString(FactEntity.SourcePublished));
        Assert.Equal(FactEntity.ToEntity(fact).GetString(FactEntity.Record), row.GetString(FactEntity.Record));
        Assert.Matches("^[0-9a-f]{64}$", row.GetString(FactEntity.ContentHash));
    }

    [Fact]
    public async Task SeedAsync_SameSeedsTwice_SecondRunWritesNothingAndKeepsETags()
    {
        // Arrange
        var context = new TableTestContext(azurite);
        var seeds = TableTestContext.Seeds(FactRecordBuilder.Many(5, "src-a").Concat(FactRecordBuilder.Many(3, "src-b", "other")));
        await context.Seeder.SeedAsync(seeds, CancellationToken.None);
        var before = await context.ReadRowsAsync();

        // Act
        var report = await context.Seeder.SeedAsync(seeds, CancellationToken.None);

        // Assert
        Assert.Equal(new SeedReport(0, 0, 0, 8), report);
        Assert.False(report.Changed);
        var after = await context.ReadRowsAsync();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (key, row) in before)
        {
            Assert.Equal(row.ETag, after[key].ETag);
            Assert.Equal(row.Timestamp, after[key].Timestamp);
            Assert.Equal(Content(row), Content(after[key]));
        }
    }

    [Fact]
    public async Task SeedAsync_RecordChangedAndRecordRemoved_UpdatesOneDeletesOneLeavesTheRest()
    {
        // Arrange
        var context = new TableTestContext(azurite);
        var kept = new FactRecordBuilder().WithSource("src-a").WithId("kept").Build();
        var changed = new FactRecordBuilder().WithSource("src-a").WithId("changed").WithYear(1999).Build();
        var removed = new FactRecordBuilder().WithSource("src-b").WithId("removed").Build();
        await context.Seeder.SeedAsync(TableTestContext.Seeds([kept, changed, removed]), CancellationToken.None);
        var before = await context.ReadRowsAsync();
        var changedAgain = new FactRecordBuilder().WithSource("src-a").WithId("changed").WithYear(2001).Build();
        var added = new FactRecordBuilder().WithSource("src-c").WithId("added").Build();

        // Act
        var report = await context.Seeder.SeedAsync(TableTestContext.Seeds([kept, changedAgain, added]), CancellationToken.None);

        // Assert
        Assert.Equal(new SeedReport(Added: 1, Updated: 1, Deleted: 1, Unchanged: 1), report);
        var after = await context.ReadRowsAsync();
        Assert.Equal(["src-a/changed", "src-a/kept", "src-c/added"], after.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before["src-a/kept"].ETag, after["src-a/kept"].ETag);
        Assert.NotEqual(before["src-a/changed"].ETag, after["src-a/changed"].ETag);
        Assert.NotEqual(before["src-a/changed"].GetString(FactEntity.ContentHash), after["src-a/changed"].GetString(FactEntity.ContentHash));
        var stored = await context.Store.FindAsync("changed", CancellationToken.None);
        Assert.Equal(2001, stored!.Slots.Single(s => s.Name == "year").Values.Single().Year);
    }

    [Fact]
    public async Task SeedAsync_MoreThanOneBatchPerPartition_WritesEveryRow()
    {
        // Arrange: 230 rows in one partition need three batches; 40 in another need one more.
        var context = new TableTestContext(azurite);
        var facts = FactRecordBuilder.Many(230, "big").Concat(FactRecordBuilder.Many(40, "small", "small")).ToList();

        // Act
        var report = await context.Seeder.SeedAsync(TableTestContext.Seeds(facts), CancellationToken.None);

        // Assert
        Assert.Equal(new SeedReport(270, 0, 0, 0), report);
        Assert.Equal(270, (await context.ReadRowsAsync()).Count);
    }

    [Fact]
    public async Task SeedAsync_AllSeedsRemoved_DeletesEveryRowAcrossBatches()
    {
        // Arrange
        var context = new TableTestContext(azurite);
        await context.Seeder.SeedAsync(TableTestContext.Seeds(FactRecordBuilder.Many(150, "src-a")), CancellationToken.None);
        var survivor = new FactRecordBuilder().WithSource("src-z").WithId("survivor").Build();

        // Act
        var report = await context.Seeder.SeedAsync(TableTestContext.Seeds([survivor]), CancellationToken.None);

        // Assert
        Assert.Equal(new SeedReport(1, 0, 150, 0), report);
        Assert.Equal(["src-z/survivor"], (await context.ReadRowsAsync()).Keys);
    }

    [Fact]
    public async Task SeedAsync_OversizeRecordIntoNewTable_ThrowsBeforeCreatingTheTable()
    {
        // Arrange
        var context = new TableTestContext(azurite);
        var huge = new FactRecordBuilder().WithId("huge").WithSentence(new string('x', TableEntityLimits.MaxStringChars + 1)).Build();
        var seeds = TableTestContext.Seeds([new FactRecordBuilder().WithId("small").Build(), huge]);

        // Act
        var error = await Assert.ThrowsAsync<TableLimitExceededException>(() => context.Seeder.SeedAsync(seeds, CancellationToken.None));

        // Assert
        Assert.Contains("'Sentence'", error.Message, StringComparison.Ordinal);
        Assert.Contains("huge", error.Message, StringComparison.Ordinal);
        Assert.False(await context.TableExistsAsync());
    }

    [Fact]
    public async Task SeedAsync_OversizeRecordAmongChanges_LeavesExistingRowsUntouched()
    {
        // Arrange
        var context = new TableTestContext(azurite);
        var original = FactRecordBuilder.Many(3, "src-a");
        await context.Seeder.SeedAsync(TableTestContext.Seeds(original), CancellationToken.None);
        var before = await context.ReadRowsAsync();
        var changed = new FactRecordBuilder().WithSource("src-a").WithId("fact-0").WithYear(1800).Build();
        var huge = new FactRecordBuilder().WithSource("src-b").WithId("huge").WithSentence(new string('é', 40_000)).Build();

        // Act
        await Assert.ThrowsAsync<TableLimitExceededException>(
            () => context.Seeder.SeedAsync(TableTestContext.Seeds([changed, huge]), CancellationToken.None));

        // Assert
        var after = await context.ReadRowsAsync();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value.ETag, after[pair.Key].ETag));
    }

    [Fact]
    public async Task SeedAsync_AnyRun_LogsOneSummaryWithTheCounts()
    {
        // Arrange
        var logger = new FakeLogger<FactSeeder>();
        var context = new TableTestContext(azurite, logger);

        // Act
        await context.Seeder.SeedAsync(TableTestContext.Seeds(FactRecordBuilder.Many(2, "src-a")), CancellationToken.None);

        // Assert
        var summary = Assert.Single(logger.Collector.GetSnapshot(), r => r.Id.Id == 3001);
        Assert.Equal(LogLevel.Information, summary.Level);
        Assert.Contains("2 added, 0 updated, 0 deleted, 0 unchanged", summary.Message, StringComparison.Ordinal);
        Assert.Contains(context.Table.Name, summary.Message, StringComparison.Ordinal);
    }

    private static string Content(TableEntity row) =>
        string.Join("\n", row.Where(p => p.Key is not ("odata.etag" or "Timestamp")).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
