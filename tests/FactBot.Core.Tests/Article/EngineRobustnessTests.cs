using CsCheck;
using FactBot.Core.Checking;

namespace FactBot.Core.Tests.Article;

/// <summary>Any text at all gets a well-formed answer: no exception, a confidence in [0, 1], evidence only with a decision.</summary>
public sealed class EngineRobustnessTests(ArticleEngineFixture fixture) : IClassFixture<ArticleEngineFixture>
{
    private static readonly string[] Words =
    [
        "OpenAI", "Musk", "founded", "2015", "$1bn", "not", "ne", "pas", "and", "et", "?", "milliard", "de", "dollars",
        "Microsoft", "invested", "in", "late", "fin", "2022", "tried", "refused", "Altman", "CEO", "PDG", "l'", "qu'",
        "100", "million", "more", "than", "because", "alone", "GPT-4", "Open AI", ",", "never", "jamais", "by", "par",
    ];

    [Fact]
    public void Check_ArbitraryText_AlwaysAnswersWellFormed()
    {
        Gen.String.Sample(text => AssertWellFormed(fixture.Engine.Check(text)), iter: 3_000);
    }

    [Fact]
    public void Check_ClaimsMadeOfArticleWords_AlwaysAnswersWellFormed()
    {
        Gen.Int[0, Words.Length - 1].Select(i => Words[i]).Array[0, 25].Select(parts => string.Join(' ', parts))
            .Sample(text => AssertWellFormed(fixture.Engine.Check(text)), iter: 5_000);
    }

    [Theory]
    [InlineData("Musk gave $1bn million milliard milliard to OpenAI.")]
    [InlineData("Microsoft invested cent cent cent cent cent cent cent cent cent cent cent cent cent cent cent cent dollars.")]
    [InlineData("OpenAI raised 99999999999999999999999999999999999 dollars.")]
    public void Check_AbsurdAmounts_AnswerWithoutOverflow(string claim)
    {
        AssertWellFormed(fixture.Engine.Check(claim));
    }

    private void AssertWellFormed(CheckResult result)
    {
        Assert.InRange(result.Confidence, 0.0, 1.0);
        Assert.False(string.IsNullOrWhiteSpace(result.Explanation));
        Assert.True(result.Related.Count <= 3);
        if (result.Verdict == Verdict.Unknown)
        {
            Assert.Null(result.Evidence);
        }
        else
        {
            Assert.Equal(fixture.Snapshot.Find(result.Evidence!.FactId)!.Sentence, result.Evidence.Sentence);
        }
    }
}
