namespace FactBot.Cli.Calibration;

/// <summary>The labelled claims of the files given, answered for calibration, with the lines that could not be read.</summary>
internal sealed record CalibrationData(IReadOnlyList<CalibrationRow> Rows, IReadOnlyList<CalibrationSource> Sources, IReadOnlyList<string> Skipped);
