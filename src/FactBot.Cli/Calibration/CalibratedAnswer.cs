namespace FactBot.Cli.Calibration;

/// <summary>An answer as the engine would give it under a confidence model: decisive or not, its confidence, and whether it is right.</summary>
internal sealed record CalibratedAnswer(bool Decisive, double Confidence, bool Right);
