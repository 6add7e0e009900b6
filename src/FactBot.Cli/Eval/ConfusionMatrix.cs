using FactBot.Core.Checking;

namespace FactBot.Cli.Eval;

/// <summary>Counts of (expected, got) verdict pairs, rows and columns in <see cref="Order"/>.</summary>
internal sealed class ConfusionMatrix
{
    private static readonly Verdict[] Verdicts = [Verdict.Supported, Verdict.Contradicted, Verdict.Unknown];

    public static IReadOnlyList<Verdict> Order => Verdicts;

    private readonly int[] counts = new int[Verdicts.Length * Verdicts.Length];

    public int this[Verdict expected, Verdict got] => counts[Index(expected, got)];

    public void Add(Verdict expected, Verdict got) => counts[Index(expected, got)]++;

    private static int Index(Verdict expected, Verdict got) =>
        (Array.IndexOf(Verdicts, expected) * Verdicts.Length) + Array.IndexOf(Verdicts, got);
}
