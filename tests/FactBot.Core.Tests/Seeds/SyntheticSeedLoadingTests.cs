using FactBot.Core.Facts;
using FactBot.Core.Seeds;
using FactBot.TestSupport;

namespace FactBot.Core.Tests.Seeds;

public sealed class SyntheticSeedLoadingTests
{
    [Fact]
    public void Load_SyntheticArticle_ResolvesEveryFactWithItsEntitiesAndSource()
    {
        var seeds = SyntheticArticle.Load();

        Assert.Equal(
            [SyntheticArticle.FoundedId, SyntheticArticle.CeoId, SyntheticArticle.MergerAttemptId, SyntheticArticle.MergerFailedId,
             SyntheticArticle.InvestmentId, SyntheticArticle.NimbusId, SyntheticArticle.RennLeftId, SyntheticArticle.ListingId],
            seeds.Facts.Select(f => f.Id));
        var source = Assert.Single(seeds.Sources);
        Assert.Equal(Language.English, source.Language);
        Assert.All(seeds.Facts, f => Assert.Same(source, f.Source));

        var founded = seeds.Facts[0];
        Assert.Equal(["zephyrine", "ada-quill", "bo-renn"], founded.Entities.Select(e => e.Id));
        Assert.Equal(SlotMatch.Partial, founded.Slots.Single(s => s.Name == "founders").Match);
        Assert.Equal(SlotRole.Agent, founded.Slots.Single(s => s.Name == "founders").Role);
    }

    [Fact]
    public void Load_LexiconEntryWithBase_InheritsTheBaseTermsAndKeepsItsOwnAntonyms()
    {
        var failed = SyntheticArticle.Load().Facts.Single(f => f.Id == SyntheticArticle.MergerFailedId);

        var group = Assert.Single(failed.Relation);
        Assert.Equal(Polarity.Negative, failed.Polarity);
        Assert.Contains("merged", group.Terms.En);
        Assert.Contains("fusionné", group.Terms.Fr);
        Assert.Contains("in vain", group.Antonyms.En);
        Assert.Contains("en vain", group.Antonyms.Fr);
    }

    [Fact]
    public void Load_MoneyAndPeriodSlots_AreReadAsTypedValues()
    {
        var facts = SyntheticArticle.Load().Facts;

        var amount = Assert.Single(facts.Single(f => f.Id == SyntheticArticle.InvestmentId).Slots.Single(s => s.Type == SlotType.Money).Values);
        var period = Assert.Single(facts.Single(f => f.Id == SyntheticArticle.NimbusId).Slots.Single(s => s.Type == SlotType.Period).Values);

        Assert.Equal(250_000_000m, amount.Amount);
        Assert.Equal("EUR", amount.Currency);
        Assert.Equal(2010, period.Year);
        Assert.Equal(PeriodPart.Early, period.Part);
    }

    [Fact]
    public void Load_SameInputTwice_GivesTheSameFileHash_AndAnotherArticleChangesIt()
    {
        var first = SeedLoader.Load([SyntheticArticle.Input()]);
        var second = SeedLoader.Load([SyntheticArticle.Input()]);
        var edited = SeedLoader.Load([SyntheticArticle.Input(article: SyntheticArticle.Article + "\nA closing line.\n")]);

        Assert.Equal(first.FileHash, second.FileHash);
        Assert.NotEqual(first.FileHash, edited.FileHash);
    }
}
