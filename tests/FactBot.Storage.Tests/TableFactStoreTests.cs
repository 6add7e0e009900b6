using System.Text.Json;
using FactBot.Application.Facts;
using FactBot.Core.Facts;
using FactBot.Core.Seeds;
using FactBot.Core.Serialization;
using FactBot.Core.Store;
using FactBot.TestSupport;
using FactBot.TestSupport.Azurite;
using FactBot.TestSupport.Facts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class TableFactStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task LoadAsync_AfterSeedingTheRealSeeds_GivesTheSnapshotOfTheEmbeddedStore()
    {
        // Arrange: wired as a host would be, through AddFactBot.
        var seeds = SeedLoader.LoadDirectory(RepositoryRoot.Seeds);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FactBot:Storage:ConnectionString"] = azurite.ConnectionString,
            ["FactBot:Storage:FactsTable"] = AzuriteFixture.CreateTableName(),
            ["FactBot:Seeds:Path"] = RepositoryRoot.Seeds,
        }).Build();
        await using var services = new ServiceCollection().AddFactBot(configuration).BuildServiceProvider();
        var report = await services.GetRequiredService<IFactSeeder>().SeedAsync(seeds, CancellationToken.None);
        var store = services.GetRequiredService<IFactStore>();
        var expected = await InMemoryFactStore.FromSeeds(seeds).LoadAsync(CancellationToken.None);

        // Act
        var snapshot = await store.LoadAsync(CancellationToken.None);

        // Assert
        Assert.Equal("table", store.Kind);
        Assert.Equal(seeds.Facts.Count + seeds.KnownEntities.Count, report.Added);
        Assert.NotEmpty(snapshot.Facts);
        Assert.NotEmpty(snapshot.KnownEntities);
        Assert.Equal(expected.Version, snapshot.Version);
        Assert.Equal(expected.Facts.Select(Json), snapshot.Facts.Select(Json));
        Assert.Equal(expected.KnownEntities.Select(Json), snapshot.KnownEntities.Select(Json));
    }

    [Fact]
    public async Task LoadFindAndList_KnownEntities_AreInTheSnapshotButNeverListedOrFoundAsFacts()
    {
        // Arrange: an entity whose id is also a fact's id must not shadow the fact.
        var context = new TableTestContext(azurite);
        var facts = FactRecordBuilder.Many(3, "src-a");
        Entity[] entities = [new("fact-1", EntityType.Organisation, "Fact One Inc", ["Fact One"]), new("orbis", EntityType.Person, "Orbis", [])];
        await context.Seeder.SeedAsync(TableTestContext.Seeds(facts, entities), CancellationToken.None);

        // Act
        var snapshot = await context.Store.LoadAsync(CancellationToken.None);
        var found = await context.Store.FindAsync("fact-1", CancellationToken.None);
        var page = await context.Store.ListAsync(null, 10, CancellationToken.None);
        var missing = await context.Store.FindAsync("orbis", CancellationToken.None);

        // Assert
        Assert.Equal(entities.Select(Json), snapshot.KnownEntities.Select(Json));
        Assert.Equal(FactSnapshot.Create(facts, entities).Version, snapshot.Version);
        Assert.Equal(Json(facts.Single(f => f.Id == "fact-1")), Json(found!));
        Assert.Equal(facts.Select(f => f.Id).Order(StringComparer.Ordinal), page.Facts.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Null(page.ContinuationToken);
        Assert.Null(missing);
    }

    [Fact]
    public async Task SeedAsync_KnownEntityRemovedFromTheSeeds_DeletesItsRow()
    {
        // Arrange
        var context = new TableTestContext(azurite);
        var facts = FactRecordBuilder.Many(2, "src-a");
        Entity kept = new("kept", EntityType.Place, "Kept", []);
        await context.Seeder.SeedAsync(TableTestContext.Seeds(facts, [kept, new("gone", EntityType.Place, "Gone", [])]), CancellationToken.None);

        // Act
        var report = await context.Seeder.SeedAsync(TableTestContext.Seeds(facts, [kept]), CancellationToken.None);

        // Assert
        Assert.Equal(new SeedReport(Added: 0, Updated: 0, Deleted: 1, Unchanged: 3), report);
        Assert.Equal(["kept"], (await context.Store.LoadAsync(CancellationToken.None)).KnownEntities.Select(e => e.Id));
    }

    [Fact]
    public async Task FindAsync_SeededId_ReturnsThatRecord()
    {
        // Arrange
        var context = new TableTestContext(azurite);
        var wanted = new FactRecordBuilder().WithSource("src-b").WithId("wanted").WithSentence("Wanted sentence.").Build();
        var facts = FactRecordBuilder.Many(3, "src-a").Append(wanted).ToList();
        await context.Seeder.SeedAsync(TableTestContext.Seeds(facts), CancellationToken.None);

        // Act
        var found = await context.Store.FindAsync("wanted", CancellationToken.None);

        // Assert
        Assert.NotNull(found);
        Assert.Equal(Json(wanted), Json(found));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("fact-0' or RowKey ne '")]
    public async Task FindAsync_UnknownId_ReturnsNull(string id)
    {
        // Arrange: the second id would match every row if the filter were concatenated instead of escaped.
        var context = new TableTestContext(azurite);
        await context.Seeder.SeedAsync(TableTestContext.Seeds(FactRecordBuilder.Many(2, "src-a")), CancellationToken.None);

        // Act
        var found = await context.Store.FindAsync(id, CancellationToken.None);

        // Assert
        Assert.Null(found);
    }

    [Fact]
    public async Task LoadAsync_TableNeverSeeded_ThrowsNamingTheTable()
    {
        // Arrange
        var context = new TableTestContext(azurite);

        // Act
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => context.Store.LoadAsync(CancellationToken.None));

        // Assert
        Assert.Contains(context.Table.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_RealSeedsInPagesOfTen_ReturnsEveryRecordOnceAndEndsWithANullToken()
    {
        // Arrange
        var context = new TableTestContext(azurite);
        var seeds = SeedLoader.LoadDirectory(RepositoryRoot.Seeds);
        await context.Seeder.SeedAsync(seeds, CancellationToken.None);
        var seen = new List<string>();
        var pages = 0;
        string? token = null;

        // Act: the bound stops a store that never ends its token chain from hanging the test.
        do
        {
            var page = await context.Store.ListAsync(token, 10, CancellationToken.None);
            Assert.InRange(page.Facts.Count, 0, 10);
            seen.AddRange(page.Facts.Select(f => f.Id));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null && pages <= seeds.Facts.Count);

        // Assert
        Assert.Null(token);
        Assert.True(pages >= (seeds.Facts.Count + 9) / 10, $"{seeds.Facts.Count} records came in only {pages} pages.");
        Assert.Equal(seeds.Facts.Select(f => f.Id).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    // Issue 10's paging check at scale: a table of 2,500 facts read 100 per page (the API's largest page).
    [Fact]
    public async Task ListAsync_TwoThousandFiveHundredFactsInPagesOfAHundred_ReturnsEachExactlyOnce()
    {
        // Arrange
        var context = new TableTestContext(azurite);
        var facts = FactRecordBuilder.Many(2500, "src-paging");
        await context.Seeder.SeedAsync(TableTestContext.Seeds(facts), CancellationToken.None);
        var seen = new List<string>();
        var pages = 0;
        string? token = null;

        // Act: bounded, so a token chain that never ends fails instead of hanging.
        do
        {
            var page = await context.Store.ListAsync(token, 100, CancellationToken.None);
            Assert.InRange(page.Facts.Count, 0, 100);
            seen.AddRange(page.Facts.Select(f => f.Id));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null && pages <= 100);

        // Assert
        Assert.Null(token);
        Assert.InRange(pages, 25, 26);
        Assert.Equal(facts.Count, seen.Count);
        Assert.Equal(facts.Select(f => f.Id).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    private static string Json(FactRecord fact) => JsonSerializer.Serialize(fact, FactJsonContext.Default.FactRecord);

    private static string Json(Entity entity) => JsonSerializer.Serialize(entity, FactJsonContext.Default.Entity);
}
