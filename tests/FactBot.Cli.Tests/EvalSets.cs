using FactBot.Analysis;
using FactBot.Cli.Eval;
using FactBot.Core.Checking;
using FactBot.Core.Seeds;
using FactBot.Core.Store;

namespace FactBot.Cli.Tests;

/// <summary>The labelled sets copied from eval/ into the test output, and one engine over the repository's seeds.</summary>
internal static class EvalSets
{
    public static readonly string[] Files =
    [
        "public/dev-claims.jsonl", "public/dev-user-claims.jsonl", "public/dev-published-claims.jsonl",
        "own/clean-claims.jsonl", "own/chat-claims.jsonl", "own/published-claims.jsonl",
    ];

    private static readonly Lazy<ClaimEngine> LazyEngine = new(() =>
    {
        var seeds = SeedLoader.LoadDirectory(SeedDirectory.Locate(workingDirectory: AppContext.BaseDirectory));
        return new ClaimEngine(FactSnapshot.Create(seeds.Facts, seeds.KnownEntities), new SnowballStemmer());
    });

    public static ClaimEngine Engine => LazyEngine.Value;

    public static async Task<(IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Skipped)> ReadAsync(string file)
    {
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "eval", file));
        return await EvalCaseReader.ReadAsync(reader, CancellationToken.None);
    }
}
