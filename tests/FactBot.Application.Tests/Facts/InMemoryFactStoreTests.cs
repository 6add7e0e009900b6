using FactBot.Application.Facts;
using FactBot.Core.Store;
using FactBot.TestSupport;
using FactBot.TestSupport.Facts;

namespace FactBot.Application.Tests.Facts;

public sealed class InMemoryFactStoreTests
{
    private static readonly InMemoryFactStore Store = new(FactSnapshot.Create(
        FactRecordBuilder.Many(4, "src-b", "b").Concat(FactRecordBuilder.Many(3, "src-a", "a"))));

    [Fact]
    public async Task Pages_give_every_record_once_in_source_then_id_order()
    {
        var ids = new List<string>();
        string? token = null;
        do
        {
            var page = await Store.ListAsync(token, 3, CancellationToken.None);
            Assert.InRange(page.Facts.Count, 1, 3);
            ids.AddRange(page.Facts.Select(f => $"{f.Source.Id}/{f.Id}"));
            token = page.ContinuationToken;
        }
        while (token is not null);

        var expected = (await Store.LoadAsync(CancellationToken.None)).Facts.Select(f => $"{f.Source.Id}/{f.Id}");
        Assert.Equal(expected, ids);
        Assert.Equal(7, ids.Distinct().Count());
        Assert.StartsWith("src-a/", ids[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("+2")]
    [InlineData("8")]
    public async Task A_token_this_store_did_not_issue_is_refused(string token)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ListAsync(token, 3, CancellationToken.None));
    }

    [Fact]
    public async Task A_record_is_found_by_id_and_an_unknown_id_is_null()
    {
        var found = await Store.FindAsync("a-2", CancellationToken.None);
        var missing = await Store.FindAsync("no-such-fact", CancellationToken.None);

        Assert.Equal("a-2", found?.Id);
        Assert.Null(missing);
    }

    [Fact]
    public async Task The_store_of_a_seeds_folder_is_embedded_and_holds_its_records()
    {
        var seeds = SyntheticArticle.Load();

        var store = InMemoryFactStore.FromSeeds(seeds);
        var snapshot = await store.LoadAsync(CancellationToken.None);

        Assert.Equal("embedded", store.Kind);
        Assert.Equal(seeds.Facts.Select(f => f.Id).Order(StringComparer.Ordinal), snapshot.Facts.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Equal(FactSnapshot.Create(seeds.Facts, seeds.KnownEntities).Version, snapshot.Version);
    }
}
