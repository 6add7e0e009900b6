using FactBot.Analysis;
using FactBot.Core.Checking;
using FactBot.Core.Seeds;
using FactBot.Core.Store;

namespace FactBot.Core.Tests.Checking;

/// <summary>
/// Two articles: the repository's (French, about OpenAI) and the invented one in tests/data (English, about Corvid
/// Labs, which shares an investor with OpenAI and disagrees with the first on whether OpenAI fell behind Google).
/// </summary>
public sealed class SeveralSourcesTests(TwoArticlesFixture fixture) : IClassFixture<TwoArticlesFixture>
{
    private const string First = "f4fcdda49106cae1";
    private const string Second = "corvid-labs-profile";

    [Theory]
    [InlineData("OpenAI was founded in 2015.", "supported", First, "openai-founded-2015")]
    [InlineData("Sam Altman is the CEO of OpenAI.", "supported", First, "altman-is-ceo")]
    [InlineData("Corvid Labs was founded in 2019 by Mara Lindqvist.", "supported", Second, "corvid-labs-founded-2019")]
    [InlineData("Corvid Labs a été fondée en 2017.", "contradicted", Second, "corvid-labs-founded-2019")]
    [InlineData("Mara Lindqvist is the chief executive of Corvid Labs.", "supported", Second, "lindqvist-is-ceo")]
    [InlineData("Corvid Labs released Magpie in 2022.", "supported", Second, "corvid-released-magpie-2022")]
    [InlineData("Corvid Labs is a non-profit.", "contradicted", Second, "corvid-is-not-a-nonprofit")]
    public void Check_AClaimAboutOneArticle_GetsItsEvidenceFromThatArticle(string claim, string verdict, string source, string factId)
    {
        var result = fixture.Engine.Check(claim);

        Assert.Equal(verdict, result.Verdict.ToWire());
        Assert.Equal(factId, result.Evidence?.FactId);
        Assert.Equal(source, result.Evidence?.Source.Id);
        Assert.Empty(result.Conflicting);
    }

    [Theory]
    [InlineData("Microsoft invested 2 billion dollars in Corvid Labs.", "supported", "microsoft-invested-2-billion-in-corvid")]
    [InlineData("Microsoft invested 1 billion dollars in Corvid Labs.", "contradicted", "microsoft-invested-2-billion-in-corvid")]
    [InlineData("Microsoft a investi un milliard de dollars dans OpenAI.", "supported", "microsoft-invested-1-billion")]
    [InlineData("Microsoft invested 10 billion dollars in OpenAI.", "supported", "microsoft-invested-10-billion")]
    public void Check_TheSharedInvestor_IsDecidedByTheRecordOfTheCompanyTheClaimNames(string claim, string verdict, string factId)
    {
        var result = fixture.Engine.Check(claim);

        Assert.Equal(verdict, result.Verdict.ToWire());
        Assert.Equal(factId, result.Evidence?.FactId);
        // One article's two investments in OpenAI are two events, not two sources at odds.
        Assert.Empty(result.Conflicting);
    }

    [Theory]
    [InlineData("OpenAI fell behind Google.", "openai-fell-behind-google", "openai-never-fell-behind-google")]
    [InlineData("OpenAI never fell behind Google.", "openai-never-fell-behind-google", "openai-fell-behind-google")]
    [InlineData("OpenAI a pris du retard sur Google.", "openai-fell-behind-google", "openai-never-fell-behind-google")]
    public void Check_AFactTheSourcesDisagreeOn_QuotesBothSentencesAndSources_AndPicksNeither(string claim, string supporting, string contradicting)
    {
        var result = fixture.Engine.Check(claim);

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Null(result.Evidence);
        Assert.Equal([supporting, contradicting], result.Conflicting.Select(e => e.FactId));
        Assert.Equal([Second, First], result.Conflicting.Select(e => e.Source.Id).Order(StringComparer.Ordinal));
        Assert.All(result.Conflicting, e => Assert.Equal(fixture.Snapshot.Find(e.FactId)!.Sentence, e.Sentence));
        Assert.All(result.Conflicting, e => Assert.Contains(e.Sentence, result.Explanation, StringComparison.Ordinal));
        Assert.All(result.Conflicting, e => Assert.Contains(e.Source.Title, result.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TheDisputedFact_WithTheFirstArticleAlone_IsSupportedAsBefore()
    {
        var seeds = SeedLoader.LoadDirectory(SeedDirectory.Locate(workingDirectory: AppContext.BaseDirectory));
        var alone = new ClaimEngine(FactSnapshot.Create(seeds.Facts.Where(f => f.Source.Id == First).ToList(), seeds.KnownEntities), new SnowballStemmer());

        var result = alone.Check("OpenAI fell behind Google.");

        Assert.Equal(Verdict.Supported, result.Verdict);
        Assert.Equal("openai-fell-behind-google", result.Evidence?.FactId);
        Assert.Empty(result.Conflicting);
    }

    [Fact]
    public void Check_TwoPeopleCriticisingOneCompany_AreTwoFactsNotADisagreement()
    {
        var result = fixture.Engine.Check("Mara Lindqvist criticised OpenAI.");

        Assert.Empty(result.Conflicting);
        Assert.Equal("lindqvist-criticised-openai", result.Evidence?.FactId);
    }
}
