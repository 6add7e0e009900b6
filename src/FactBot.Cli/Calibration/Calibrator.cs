namespace FactBot.Cli.Calibration;

/// <summary>
/// Fits the confidence model on labelled rows, every choice made on cross-validated predictions (folds by
/// <see cref="FoldAssignment"/>): the decisive model's L2 penalty and <c>abstainBelow</c> together, keeping the most
/// right decisive answers at the target precision; then the unknown model — over the unknown answers, counting as
/// unknown the decisive answers the threshold withholds — with the penalty of the lowest held-out Brier score.
/// </summary>
internal sealed class Calibrator(int folds, LogisticFitOptions options)
{
    /// <summary>The penalties tried: few rows or rare features call for more, many rows for less.</summary>
    public static IReadOnlyList<double> Penalties { get; } = [0.1, 0.3, 1, 3, 10, 30, 100, 300];

    public int Folds => folds;

    public CalibrationFit Fit(IReadOnlyList<CalibrationRow> rows)
    {
        var decisiveRows = rows.Where(r => r.Decisive is not null).ToArray();
        var decisive = Penalties
            .Select(l2 => (L2: l2, HeldOut: HeldOut(decisiveRows, r => r.Decisive!, l2)))
            .Select(c => (c.L2, c.HeldOut, Threshold: AbstentionThreshold.Choose(c.HeldOut.Select((p, i) => (p, decisiveRows[i].Decisive!.Right)).ToArray())))
            .MaxBy(c => (c.Threshold.MeetsTarget, c.Threshold.RightKept, -Brier(c.HeldOut, [.. decisiveRows.Select(r => r.Decisive!.Right)])));
        var threshold = decisive.Threshold;
        var unknownRows = rows.Where(r => r.Decisive is null)
            .Concat(decisiveRows.Where((_, i) => decisive.HeldOut[i] < threshold.Threshold))
            .ToArray();
        var unknownRight = unknownRows.Select(r => r.Unknown.Right).ToArray();
        var unknownL2 = Penalties.MinBy(l2 => Brier(HeldOut(unknownRows, r => r.Unknown, l2), unknownRight));
        var weights = new ConfidenceWeights(
            AnswerModelFitter.Fit(decisiveRows.Select(r => r.Decisive!).ToArray(), options with { L2 = decisive.L2 }),
            AnswerModelFitter.Fit(unknownRows.Select(r => r.Unknown).ToArray(), options with { L2 = unknownL2 }),
            threshold.Threshold);
        return new CalibrationFit(
            weights,
            threshold,
            decisiveRows.Length,
            decisiveRows.Count(r => r.Decisive!.Right),
            unknownRows.Length,
            unknownRight.Count(r => r),
            decisiveRows.Length - threshold.Kept)
        {
            DecisiveL2 = decisive.L2,
            UnknownL2 = unknownL2,
        };
    }

    public int FoldOf(CalibrationRow row) => FoldAssignment.Of(row.Claim, folds);

    // The confidence of each row's answer from a model fitted without that row's fold.
    private double[] HeldOut(IReadOnlyList<CalibrationRow> rows, Func<CalibrationRow, LabelledAnswer> answer, double l2) =>
        CrossValidation.HeldOut(
            rows,
            FoldOf,
            training => Model(AnswerModelFitter.Fit(training.Select(answer).ToArray(), options with { L2 = l2 })),
            (model, row) => model.Probability(answer(row).Features)).Predictions;

    // The same weights serve whichever kind of answer they were fitted on.
    private static ConfidenceWeights Model(IReadOnlyDictionary<string, double> weights) => new(weights, weights, 0);

    private static double Brier(double[] confidence, bool[] right) =>
        confidence.Length == 0 ? 0 : confidence.Select((p, i) => Math.Pow(p - (right[i] ? 1 : 0), 2)).Average();
}
