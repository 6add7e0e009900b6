namespace FactBot.Cli.Calibration;

/// <summary>Answers whose confidence falls in [<see cref="Low"/>, <see cref="High"/>) — the last bin includes 1.</summary>
internal sealed record ReliabilityBin(double Low, double High, int Count, int Right, double MeanConfidence)
{
    /// <summary>Observed share of right answers (0 when the bin is empty).</summary>
    public double Accuracy => Count == 0 ? 0 : (double)Right / Count;
}
