namespace FactBot.Cli.Calibration;

/// <summary>A labelled file and how many of its claims were used; <see cref="Split"/> is set when only that half was.</summary>
internal sealed record CalibrationSource(string Path, int Claims, string? Split);
