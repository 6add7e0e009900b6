using Azure.Data.Tables;
using FactBot.Storage.Tables;
using FactBot.TestSupport.Azurite;
using FactBot.TestSupport.Facts;

namespace FactBot.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class FactChangeStampTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_stamp_stays_when_the_same_seeds_are_seeded_again_and_changes_when_a_fact_changes()
    {
        // Arrange
        var context = new TableTestContext(azurite);
        var stamp = context.Store;
        var facts = FactRecordBuilder.Many(3, "src-a").ToList();
        var beforeSeeding = await stamp.GetStampAsync(CancellationToken.None);
        await context.Seeder.SeedAsync(TableTestContext.Seeds(facts), CancellationToken.None);

        // Act
        var first = await stamp.GetStampAsync(CancellationToken.None);
        await context.Seeder.SeedAsync(TableTestContext.Seeds(facts), CancellationToken.None);
        var afterSameSeeds = await stamp.GetStampAsync(CancellationToken.None);
        facts[1] = new FactRecordBuilder().WithSource("src-a").WithId(facts[1].Id).WithSentence("A changed sentence.").Build();
        await context.Seeder.SeedAsync(TableTestContext.Seeds(facts), CancellationToken.None);
        var afterChange = await stamp.GetStampAsync(CancellationToken.None);

        // Assert
        Assert.Null(beforeSeeding);
        Assert.NotNull(first);
        Assert.Equal(first, afterSameSeeds);
        Assert.NotEqual(first, afterChange);
    }

    [Fact]
    public async Task The_manifest_row_is_never_read_as_a_fact()
    {
        // Arrange
        var context = new TableTestContext(azurite);
        var facts = FactRecordBuilder.Many(120, "src-a").ToList();
        await context.Seeder.SeedAsync(TableTestContext.Seeds(facts), CancellationToken.None);
        var manifest = await context.Table.GetEntityIfExistsAsync<TableEntity>(FactManifest.Partition, FactManifest.Row);

        // Act
        var snapshot = await context.Store.LoadAsync(CancellationToken.None);
        var listed = new List<string>();
        string? token = null;
        do
        {
            var page = await context.Store.ListAsync(token, 50, CancellationToken.None);
            listed.AddRange(page.Facts.Select(f => f.Id));
            token = page.ContinuationToken;
        }
        while (token is not null);

        // Assert
        Assert.True(manifest.HasValue);
        Assert.Equal(120, snapshot.Facts.Count);
        Assert.Equal(snapshot.Facts.Select(f => f.Id).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Null(await context.Store.FindAsync(FactManifest.Row, CancellationToken.None));
    }
}
