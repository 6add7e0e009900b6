namespace FactBot.Cli.Calibration;

/// <summary>
/// The headline of a calibration: how many answers reach <see cref="Level"/>, how many of those are right, what share
/// of all right answers they cover, and the Brier score (mean squared gap between confidence and outcome).
/// </summary>
internal sealed record CalibrationScore(double Level, int Total, int Right, int Confident, int ConfidentRight, double Brier)
{
    public const double GoalLevel = 0.8;

    public double ConfidentAccuracy => Confident == 0 ? 0 : (double)ConfidentRight / Confident;

    /// <summary>Share of the right answers that are given at <see cref="Level"/> or above.</summary>
    public double Coverage => Right == 0 ? 0 : (double)ConfidentRight / Right;

    public static CalibrationScore Of(IReadOnlyCollection<CalibratedAnswer> answers, double level = GoalLevel)
    {
        var confident = answers.Where(a => a.Confidence >= level).ToArray();
        return new CalibrationScore(
            level,
            answers.Count,
            answers.Count(a => a.Right),
            confident.Length,
            confident.Count(a => a.Right),
            answers.Count == 0 ? 0 : answers.Average(a => Math.Pow(a.Confidence - (a.Right ? 1 : 0), 2)));
    }
}
