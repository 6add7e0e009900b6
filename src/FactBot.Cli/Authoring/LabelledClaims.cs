using FactBot.Cli.Eval;

namespace FactBot.Cli.Authoring;

/// <summary>
/// The labelled claims the authoring tools measure seeds against: by default every JSONL file under the
/// repository's <c>eval/</c> and <c>tests/</c> folders (the parent of the seeds folder). Rows of the held-out
/// <c>"split": "report"</c> half are never read: seeds are not written against the claims that report on them.
/// </summary>
internal sealed record LabelledClaims(IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Files, int HeldOut)
{
    public const string HeldOutSplit = "report";

    private static readonly string[] Folders = ["eval", "tests"];
    private static readonly string[] BuildFolders = ["bin", "obj", "node_modules"];

    /// <summary>The labelled files of the repository that holds <paramref name="seedsDirectory"/>.</summary>
    public static IReadOnlyList<string> DefaultFiles(string seedsDirectory)
    {
        var root = Directory.GetParent(Path.GetFullPath(seedsDirectory).TrimEnd(Path.DirectorySeparatorChar))?.FullName;
        if (root is null)
        {
            return [];
        }

        return Folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.jsonl", SearchOption.AllDirectories))
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(BuildFolders.Contains))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public static async Task<LabelledClaims> ReadAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var cases = new List<EvalCase>();
        var heldOut = 0;
        foreach (var file in files)
        {
            using var reader = File.OpenText(file);
            var (read, _) = await EvalCaseReader.ReadAsync(reader, cancellationToken);
            heldOut += read.Count(c => c.Split == HeldOutSplit);
            cases.AddRange(read.Where(c => c.Split != HeldOutSplit));
        }

        return new LabelledClaims(cases, files, heldOut);
    }
}
