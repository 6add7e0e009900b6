namespace FactBot.Cli.Calibration;

/// <summary>
/// How a logistic regression is fitted: the L2 penalty on standardised weights (which keeps the fit stable with few
/// rows or separable data; the calibrator chooses it), a near-zero one on the intercept, and when Newton stops.
/// </summary>
internal sealed record LogisticFitOptions(double L2 = 1.0, double InterceptL2 = 1e-4, int MaxIterations = 100, double Tolerance = 1e-9)
{
    public static LogisticFitOptions Default { get; } = new();
}
