using FactBot.Core.Checking;

namespace FactBot.Core.Tests.Article;

public sealed class ConfidenceTests(ArticleEngineFixture fixture) : IClassFixture<ArticleEngineFixture>
{
    [Theory]
    [InlineData("Musk stepped down from OpenAI.", "Musk stepped down from OpenAI for health reasons.")]
    [InlineData("OpenAI was founded in 2015.", "OpenAI was founded in 2015 by a large corporation.")]
    public void Check_ClaimWithWordsNothingAccountsFor_IsLessConfident(string plain, string withMore)
    {
        var sure = fixture.Engine.Check(plain);
        var lessSure = fixture.Engine.Check(withMore);

        Assert.Equal(Verdict.Supported, sure.Verdict);
        Assert.True(lessSure.Confidence < sure.Confidence, $"{lessSure.Confidence} should be below {sure.Confidence}");
        Assert.True(lessSure.Confidence < 0.8, $"{lessSure.Confidence} should be below the 0.8 band");
    }

    [Theory]
    [InlineData("Altman and Brockman refused Musk's offer.", "Sam Altman is the CEO of OpenAI.")]
    [InlineData("Musk is reportedly considering building a ChatGPT rival.", "ChatGPT was released at the end of 2022.")]
    public void Check_ReportedOrHedgedFact_IsLessConfidentThanOneTheArticleStates(string reported, string stated)
    {
        Assert.True(fixture.Engine.Check(reported).Confidence < fixture.Engine.Check(stated).Confidence);
    }
}
