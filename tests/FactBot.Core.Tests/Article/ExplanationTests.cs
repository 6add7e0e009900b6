using FactBot.Core.Checking;
using FactBot.Core.Facts;

namespace FactBot.Core.Tests.Article;

public sealed class ExplanationTests(ArticleEngineFixture fixture) : IClassFixture<ArticleEngineFixture>
{
    [Theory]
    [InlineData("OpenAI was founded in 2017.", "2015", "2017")]
    [InlineData("Musk pledged $2 billion to OpenAI.", "$1 billion", "$2 billion")]
    [InlineData("Greg Brockman is OpenAI's CEO.", "Sam Altman", "Greg Brockman")]
    [InlineData("OpenAI a été fondée en 2018.", "2015", "2018")]
    [InlineData("ChatGPT was released in early 2022.", "late 2022", "early 2022")]
    public void Check_ClashingValue_ExplanationNamesBothValues(string claim, string truth, string claimed)
    {
        var result = fixture.Engine.Check(claim);

        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.Contains(truth, result.Explanation, StringComparison.Ordinal);
        Assert.Contains(claimed, result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Microsoft invested $10 billion first and $1 billion later.", "the other way round")]
    [InlineData("Microsoft a d'abord investi 10 milliards puis 1 milliard.", "dans l'autre ordre")]
    public void Check_TwoAmountsOfASeriesInTheWrongOrder_ExplanationQuotesBothRecords(string claim, string phrase)
    {
        var result = fixture.Engine.Check(claim);

        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.Contains(phrase, result.Explanation, StringComparison.Ordinal);
        Assert.Contains(" / ", result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Altman and Brockman refused Musk's offer.", "according to Semafor")]
    [InlineData("Altman et Brockman ont refusé l'offre de Musk.", "selon Semafor")]
    [InlineData("Musk said OpenAI is now effectively controlled by Microsoft.", "in Musk's own words")]
    [InlineData("Musk is reportedly considering building a ChatGPT rival.", "reportedly")]
    public void Check_AttributedFact_ExplanationCarriesTheAttribution(string claim, string attribution)
    {
        var result = fixture.Engine.Check(claim);

        Assert.Equal(Verdict.Supported, result.Verdict);
        Assert.Contains(attribution, result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OpenAI was founded in 2014.", Language.English, "The article")]
    [InlineData("OpenAI a été fondée en 2014.", Language.French, "L'article")]
    [InlineData("OpenAI est basée à Londres.", Language.French, "L'article")]
    public void Check_Explanation_IsInTheClaimsLanguage(string claim, Language language, string opening)
    {
        var result = fixture.Engine.Check(claim);

        Assert.Equal(language, result.Language);
        Assert.StartsWith(opening, result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello, how are you?")]
    [InlineData("Bonjour !")]
    [InlineData("What is the capital of France?")]
    public void Check_NoClaimAboutTheArticle_UnknownWithoutEvidenceOrRelated(string claim)
    {
        var result = fixture.Engine.Check(claim);

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Null(result.Evidence);
        Assert.Empty(result.Related);
    }

    [Theory]
    [InlineData("OpenAI was founded in Seattle.")]
    [InlineData("Who founded OpenAI?")]
    [InlineData("Apple invested in OpenAI in 2020.")]
    public void Check_UnknownButClose_OffersUpToThreeRelatedRecords(string claim)
    {
        var result = fixture.Engine.Check(claim);

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Null(result.Evidence);
        Assert.InRange(result.Related.Count, 1, 3);
        Assert.All(result.Related, r => Assert.InRange(r.Score, 0.0, 1.0));
    }
}
