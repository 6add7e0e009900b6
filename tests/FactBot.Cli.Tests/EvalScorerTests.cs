using FactBot.Cli.Eval;
using FactBot.Core.Checking;

namespace FactBot.Cli.Tests;

public sealed class EvalScorerTests
{
    private const string Labelled = """
        {"id": "s1", "claim": "OpenAI was founded in 2015.", "lang": "en", "verdict": "supported", "evidence_any": ["fondée en 2015", "founded in 2015"]}
        {"id": "s2", "claim": "OpenAI a été fondée en 2015.", "lang": "fr", "verdict": "supported", "evidence_any": ["FONDÉE EN 2015"]}
        {"id": "c1", "claim": "OpenAI was founded in 2017.", "lang": "en", "verdict": "contradicted", "evidence_any": ["fondée en 2015"]}
        {"id": "c2", "claim": "OpenAI was founded in 2012.", "lang": "en", "verdict": "contradicted", "evidence_any": ["fondée en 2015"]}
        {"id": "u1", "claim": "OpenAI sells pizza.", "lang": "en", "verdict": "unknown", "evidence_any": []}

        {"id": "bad", "claim": "x", "verdict": "maybe"}
        """;

    [Fact]
    public async Task Scores_verdicts_evidence_swaps_confusion_and_misses()
    {
        var (cases, skipped) = await EvalCaseReader.ReadAsync(new StringReader(Labelled), CancellationToken.None);
        var answers = new Dictionary<string, CheckResult>
        {
            ["s1"] = Results.For("", Verdict.Supported, Results.FoundingSentence),
            ["s2"] = Results.For("", Verdict.Supported, "Sam Altman dirige la société."),
            ["c1"] = Results.For("", Verdict.Contradicted, Results.FoundingSentence),
            ["c2"] = Results.For("", Verdict.Supported, Results.FoundingSentence),
            ["u1"] = Results.For("", Verdict.Unknown),
        };

        var report = EvalScorer.Score(cases.Select(c => new EvalOutcome(c, answers[c.Id])), skipped);

        Assert.Equal(5, report.Total);
        Assert.Equal(4, report.VerdictCorrect);
        Assert.Equal(0.8, report.VerdictAccuracy, 3);
        Assert.Equal(3, report.EvidenceEligible);
        Assert.Equal(2, report.EvidenceCorrect);
        Assert.Equal(1, report.Swaps);
        Assert.Equal(2, report.Confusion[Verdict.Supported, Verdict.Supported]);
        Assert.Equal(1, report.Confusion[Verdict.Contradicted, Verdict.Supported]);
        Assert.Equal(1, report.Confusion[Verdict.Unknown, Verdict.Unknown]);
        Assert.Equal(["s2:evidence", "c2:verdict"], report.Misses.Select(m => $"{m.Id}:{m.Reason}"));
        Assert.Equal(Results.FoundingSentence, report.Misses[1].Evidence);
        Assert.Equal(["line 7: 'verdict' must be supported, contradicted or unknown"], report.Skipped);
    }

    [Fact]
    public void A_right_verdict_without_evidence_does_not_count_as_right_evidence()
    {
        var evalCase = new EvalCase("s", "OpenAI was founded in 2015.", "en", Verdict.Supported, ["2015"]);

        var report = EvalScorer.Score([new EvalOutcome(evalCase, Results.For(evalCase.Claim, Verdict.Supported))]);

        Assert.Equal(1, report.VerdictCorrect);
        Assert.Equal(0, report.EvidenceCorrect);
        Assert.Equal("evidence", Assert.Single(report.Misses).Reason);
    }

    [Fact]
    public void The_report_prints_accuracies_matrix_and_each_miss()
    {
        var evalCase = new EvalCase("c9", "OpenAI was founded in 2017.", "en", Verdict.Contradicted, ["fondée en 2015"]);
        var report = EvalScorer.Score([new EvalOutcome(evalCase, Results.For(evalCase.Claim, Verdict.Unknown))]);
        var output = new StringWriter();

        EvalReportWriter.Write(report, output);

        var text = output.ToString();
        Assert.Contains("Verdict accuracy:  0/1", text, StringComparison.Ordinal);
        Assert.Contains("[c9] OpenAI was founded in 2017.", text, StringComparison.Ordinal);
        Assert.Contains("expected contradicted, got unknown", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openai-founded-2015", true)]
    [InlineData("musk-left-2018", false)]
    public async Task A_written_claim_is_right_only_with_the_evidence_of_its_factId(string factId, bool right)
    {
        var line = $$"""{"claim": "OpenAI was founded in 2015.", "lang": "en", "verdict": "supported", "factId": "{{factId}}"}""";
        var (cases, skipped) = await EvalCaseReader.ReadAsync(new StringReader(line), CancellationToken.None);
        var result = Results.For("", Verdict.Supported, Results.FoundingSentence);

        var report = EvalScorer.Score([new EvalOutcome(cases[0], result)]);

        Assert.Empty(skipped);
        Assert.Equal(factId, cases[0].FactId);
        Assert.Equal(right, EvalScorer.IsRight(cases[0], result));
        Assert.Equal(right ? 1 : 0, report.EvidenceCorrect);
        Assert.Equal(right ? 1 : 0, report.DecisiveCorrect);
    }

    [Theory]
    [InlineData(Verdict.Supported, null, Verdict.Supported, true)]
    [InlineData(Verdict.Supported, null, Verdict.Unknown, false)]
    [InlineData(Verdict.Supported, Verdict.Unknown, Verdict.Unknown, true)]
    [InlineData(Verdict.Unknown, null, Verdict.Unknown, true)]
    [InlineData(Verdict.Unknown, null, Verdict.Contradicted, false)]
    [InlineData(Verdict.Unknown, Verdict.Contradicted, Verdict.Contradicted, true)]
    public void An_answer_is_right_when_its_verdict_is_accepted(Verdict expected, Verdict? alsoOk, Verdict got, bool right)
    {
        var evalCase = new EvalCase("x", "OpenAI was founded in 2015.", "en", expected, []) { AlsoOk = alsoOk is { } also ? [also] : [] };

        Assert.Equal(right, EvalScorer.IsRight(evalCase, Results.For("", got, got == Verdict.Unknown ? null : Results.FoundingSentence)));
    }
}
