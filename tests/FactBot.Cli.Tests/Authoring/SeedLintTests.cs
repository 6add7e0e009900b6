using FactBot.Analysis;
using FactBot.Cli.Authoring;

namespace FactBot.Cli.Tests.Authoring;

public sealed class SeedLintTests : IDisposable
{
    private readonly AuthoringFolder folder = new(withArticles: true);

    [Fact]
    public void StemmedTerms_FlagsAnInflectionTheStemmerAlreadyCovers_NotADistinctWord()
    {
        folder.Write("shared/extra.json", """{ "lexicon": { "acquire": { "en": ["acquire", "acquired", "buy"], "fr": ["racheter", "rachat"] } } }""");
        var lint = new SeedLint(SeedFolder.Read(folder.Seeds), new SnowballStemmer());

        var finding = Assert.Single(lint.StemmedTerms(), f => f.Where == "shared/extra.json: lexicon.acquire.en");

        Assert.Equal(LintKind.Stemmed, finding.Kind);
        Assert.Contains("'acquired' (as 'acquire')", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'buy'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnusedSharedEntries_FlagsAnEntryNoArticleUses_ButNotOneUsedThroughABase()
    {
        folder.Write("shared/extra.json", """{ "lexicon": { "acquire": { "en": ["acquire"], "fr": ["racheter"] } } }""");
        var lint = new SeedLint(SeedFolder.Read(folder.Seeds), new SnowballStemmer());

        var unused = lint.UnusedSharedEntries().Select(f => f.Where).ToArray();

        Assert.Contains("shared/extra.json: lexicon.acquire", unused);
        Assert.DoesNotContain("shared/lexicon.json: lexicon.invest", unused);
        // "resign" is used by a record; its antonyms come from "forced-exit", which no record names itself.
        Assert.DoesNotContain("shared/lexicon.json: lexicon.forced-exit", unused);
    }

    [Fact]
    public void UnclaimedRecords_FlagsRecordsWhoseRelationNoClaimUses()
    {
        var read = SeedFolder.Read(folder.Seeds);
        var lint = new SeedLint(read, new SnowballStemmer());

        var unclaimed = lint.UnclaimedRecords(read.Seeds!, ["Corvid Labs was founded in 2019."]).Select(f => f.Message).ToArray();

        Assert.DoesNotContain(unclaimed, m => m.Contains("'corvid-labs-founded-2019'", StringComparison.Ordinal));
        Assert.Contains(unclaimed, m => m.Contains("'lindqvist-is-ceo' (ceo-role)", StringComparison.Ordinal));
    }

    public void Dispose() => folder.Dispose();
}
