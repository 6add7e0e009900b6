namespace FactBot.Cli.Calibration;

/// <summary>
/// <c>eval --calibration</c>: each fold's rows answered by a model calibrated on the other folds alone (threshold
/// included, chosen by the inner cross-validation of that calibration), so every figure is on claims the fit never saw.
/// </summary>
internal static class CrossValidatedCalibration
{
    public static (IReadOnlyList<CalibratedAnswer> Answers, IReadOnlyList<CalibrationFit> Folds) Run(IReadOnlyList<CalibrationRow> rows, Calibrator calibrator)
    {
        var (answers, fits) = CrossValidation.HeldOut(rows, calibrator.FoldOf, calibrator.Fit, (fit, row) => fit.Weights.Answer(row));
        return (answers, fits);
    }
}
