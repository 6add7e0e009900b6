namespace FactBot.Cli.Calibration;

/// <summary>
/// One labelled claim as the engine answers it before abstention: its decisive answer (null when the engine gave
/// none) and the unknown answer — the claim's own or, for a decisive one, the answer the engine gives in its place
/// when its confidence falls below the threshold.
/// </summary>
internal sealed record CalibrationRow(string Source, string Claim, LabelledAnswer? Decisive, LabelledAnswer Unknown);
