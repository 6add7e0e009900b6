using FactBot.Cli.Eval;

namespace FactBot.Cli.Calibration;

/// <summary>
/// Keeps one half of a file's cases when a split is named and the file has a split field; a file without one (the
/// public samples, the written claims) is taken whole.
/// </summary>
internal static class SplitFilter
{
    public static IReadOnlyList<EvalCase> Apply(IReadOnlyList<EvalCase> cases, string? split) =>
        split is null || cases.All(c => c.Split is null)
            ? cases
            : cases.Where(c => string.Equals(c.Split, split, StringComparison.OrdinalIgnoreCase)).ToArray();
}
