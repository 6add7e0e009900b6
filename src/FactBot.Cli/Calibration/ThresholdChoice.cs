namespace FactBot.Cli.Calibration;

/// <summary>
/// An abstention threshold and what it keeps of the decisive answers it was chosen on; <see cref="MeetsTarget"/> is
/// false when no threshold reached the precision asked for and the most precise one was taken instead.
/// </summary>
internal sealed record ThresholdChoice(double Threshold, int Answers, int RightAnswers, int Kept, int RightKept, bool MeetsTarget)
{
    /// <summary>Right among the decisive answers kept (1 when none is kept).</summary>
    public double Precision => Kept == 0 ? 1 : (double)RightKept / Kept;
}
