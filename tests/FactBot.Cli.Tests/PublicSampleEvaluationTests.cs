using FactBot.Analysis;
using FactBot.Cli.Eval;
using FactBot.Core.Checking;
using FactBot.Core.Seeds;
using FactBot.Core.Store;

namespace FactBot.Cli.Tests;

/// <summary>
/// The engine on the public sample of the evaluation set (a copy, in Data/), scored like `factbot eval`:
/// a regression guard on the targets, not a place to tune for those claims.
/// </summary>
public sealed class PublicSampleEvaluationTests
{
    [Fact]
    public async Task Eval_PublicSample_MeetsTheAccuracyTargetsWithNoSwaps()
    {
        var seeds = SeedLoader.LoadDirectory(SeedDirectory.Locate(workingDirectory: AppContext.BaseDirectory));
        var engine = new ClaimEngine(FactSnapshot.Create(seeds.Facts, seeds.KnownEntities), new SnowballStemmer());
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Data", "public-sample-claims.jsonl"));
        var (cases, skipped) = await EvalCaseReader.ReadAsync(reader, CancellationToken.None);

        var report = EvalScorer.Score(cases.Select(c => new EvalOutcome(c, engine.Check(c.Claim))), skipped);

        Assert.Empty(report.Skipped);
        Assert.Equal(40, report.Total);
        Assert.Equal(0, report.Swaps);
        Assert.True(report.VerdictAccuracy >= 0.95, $"verdict accuracy {report.VerdictAccuracy:P1}: {string.Join("; ", report.Misses.Select(m => m.Id))}");
        Assert.True(report.EvidenceAccuracy >= 0.95, $"evidence accuracy {report.EvidenceAccuracy:P1}");
    }
}
