using System.Text.Json;
using FactBot.Core.Checking;
using FactBot.Core.Facts;

namespace FactBot.Core.Tests.Article;

/// <summary>
/// Table-driven checks on claims written for these tests (not the evaluation set): paraphrases, numbers in many
/// forms, negation, antonyms, questions, partial lists, compound claims, English and French.
/// </summary>
public sealed class ArticleClaimsTests(ArticleEngineFixture fixture) : IClassFixture<ArticleEngineFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TheoryData<ArticleClaim> Claims() => new(Rows());

    private static List<ArticleClaim> Rows() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Article", "article-claims.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<ArticleClaim>(line, Json)!)
            .ToList();

    [Theory]
    [MemberData(nameof(Claims))]
    public void Check_WrittenClaim_GivesExpectedVerdictAndEvidence(ArticleClaim row)
    {
        var result = fixture.Engine.Check(row.Claim);
        var verdict = result.Verdict.ToWire();

        if (verdict == row.Verdict)
        {
            Assert.Contains(result.Evidence?.FactId, row.AlsoFactIds.Prepend(row.FactId));
        }
        else
        {
            Assert.Contains(verdict, row.AlsoOk);
        }
    }

    // The rows relaxed to "unknown" must stay few: a regression cannot hide behind them.
    [Fact]
    public void Check_WrittenClaims_KeepPrecisionAndRecall()
    {
        var rows = Rows();
        var results = rows.Select(r => (Row: r, Verdict: fixture.Engine.Check(r.Claim).Verdict.ToWire())).ToList();

        var decided = results.Where(r => r.Verdict != "unknown").ToList();
        var labelled = results.Where(r => r.Row.Verdict != "unknown").ToList();
        var precision = decided.Count(r => r.Verdict == r.Row.Verdict) / (double)decided.Count;
        var recall = labelled.Count(r => r.Verdict == r.Row.Verdict) / (double)labelled.Count;

        Assert.True(precision >= 0.98, $"precision {precision:F3}");
        Assert.True(recall >= 0.97, $"recall {recall:F3}");
    }

    [Theory]
    [MemberData(nameof(Claims))]
    public void Check_WrittenClaim_AnswersInTheClaimsLanguage(ArticleClaim row)
    {
        var result = fixture.Engine.Check(row.Claim);

        Assert.Equal(row.Lang, result.Language.ToCode());
    }

    [Theory]
    [MemberData(nameof(Claims))]
    public void Check_DecidedClaim_QuotesTheRecordsVerbatimSentence(ArticleClaim row)
    {
        var result = fixture.Engine.Check(row.Claim);

        if (result.Evidence is { } evidence)
        {
            Assert.Equal(fixture.Snapshot.Find(evidence.FactId)!.Sentence, evidence.Sentence);
            Assert.InRange(result.Confidence, 0.5, 1.0);
        }
        else
        {
            Assert.Equal(Verdict.Unknown, result.Verdict);
        }
    }

    [Fact]
    public void Claims_CoverEveryVerdictInBothLanguages()
    {
        var rows = Rows();

        Assert.True(rows.Count >= 150, $"only {rows.Count} claims");
        foreach (var verdict in new[] { "supported", "contradicted", "unknown" })
        {
            Assert.Contains(rows, r => r.Verdict == verdict && r.Lang == "en");
            Assert.Contains(rows, r => r.Verdict == verdict && r.Lang == "fr");
        }
    }
}
