namespace FactBot.Cli.Calibration;

/// <summary>
/// Chooses <c>abstainBelow</c>: of the thresholds that keep decisive answers whose precision is at least the target,
/// the one keeping the most right answers (then the most precise); failing that, the most precise threshold.
/// </summary>
internal static class AbstentionThreshold
{
    public const double TargetPrecision = 0.98;

    public static ThresholdChoice Choose(IReadOnlyList<(double Confidence, bool Right)> decisive, double target = TargetPrecision)
    {
        var candidates = Candidates(decisive).ToArray();
        var meeting = candidates.Where(c => c.RightKept >= (target * c.Kept) - 1e-9).ToArray();
        return meeting.Length > 0
            ? meeting.MaxBy(c => (c.RightKept, c.Precision))!
            : candidates.MaxBy(c => (c.Precision, c.RightKept))! with { MeetsTarget = false };
    }

    // One candidate per distinct confidence (keep what is at or above it), and 0 for keeping everything.
    private static IEnumerable<ThresholdChoice> Candidates(IReadOnlyList<(double Confidence, bool Right)> decisive)
    {
        var right = decisive.Count(d => d.Right);
        yield return new ThresholdChoice(0, decisive.Count, right, decisive.Count, right, MeetsTarget: true);
        var kept = 0;
        var rightKept = 0;
        foreach (var group in decisive.GroupBy(d => d.Confidence).OrderByDescending(g => g.Key))
        {
            kept += group.Count();
            rightKept += group.Count(d => d.Right);
            if (kept < decisive.Count)
            {
                yield return new ThresholdChoice(group.Key, decisive.Count, right, kept, rightKept, MeetsTarget: true);
            }
        }
    }
}
