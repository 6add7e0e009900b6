namespace FactBot.Cli.Calibration;

/// <summary>
/// A fitted confidence model and what it was fitted on: the threshold chosen on held-out decisive answers, and the
/// unknown answers the unknown model learnt from (the claims' own and the decisive ones withheld by the threshold).
/// </summary>
internal sealed record CalibrationFit(
    ConfidenceWeights Weights,
    ThresholdChoice Threshold,
    int DecisiveRows,
    int DecisiveRight,
    int UnknownRows,
    int UnknownRight,
    int Withheld)
{
    /// <summary>The L2 penalty of the decisive model, chosen by cross-validation.</summary>
    public double DecisiveL2 { get; init; }

    /// <summary>The L2 penalty of the unknown model, chosen by cross-validation.</summary>
    public double UnknownL2 { get; init; }
}
