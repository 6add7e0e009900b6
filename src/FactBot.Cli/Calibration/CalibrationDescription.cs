using System.Globalization;

namespace FactBot.Cli.Calibration;

/// <summary>What a calibration was fitted on and what it chose: the summary <c>calibrate</c> prints and the model's <c>$comment</c>.</summary>
internal static class CalibrationDescription
{
    public static IReadOnlyList<string> Lines(CalibrationData data, CalibrationFit fit, int folds, DateOnly date)
    {
        var c = CultureInfo.InvariantCulture;
        var threshold = fit.Threshold;
        var sources = data.Sources.Select(s => string.Create(c, $"{s.Path} ({s.Claims}{(s.Split is null ? "" : $", split {s.Split}")})"));
        return
        [
            string.Create(c, $"Fitted by `factbot calibrate` on {date:yyyy-MM-dd} ({folds} folds, see Decision/ConfidenceModel.cs) from {data.Rows.Count} claims: {string.Join(", ", sources)}."),
            string.Create(c, $"Decisive model: {fit.DecisiveRows} answers, {fit.DecisiveRight} right; L2 penalty {fit.DecisiveL2}."),
            string.Create(c, $"Unknown model: {fit.UnknownRows} answers, {fit.UnknownRight} right ({fit.Withheld} of them decisive answers withheld); L2 penalty {fit.UnknownL2}."),
            string.Create(c, $"abstainBelow {threshold.Threshold:0.###}: held-out precision {threshold.RightKept}/{threshold.Kept} = {threshold.Precision:P1}, keeping {threshold.RightKept} of {threshold.RightAnswers} right decisive answers")
                + (threshold.MeetsTarget
                    ? string.Create(c, $" (target {AbstentionThreshold.TargetPrecision:P0}).")
                    : string.Create(c, $"; NO threshold reaches {AbstentionThreshold.TargetPrecision:P0}, this is the most precise one.")),
        ];
    }
}
