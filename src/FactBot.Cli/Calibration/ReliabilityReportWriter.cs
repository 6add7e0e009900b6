using System.Globalization;

namespace FactBot.Cli.Calibration;

/// <summary>Prints reliability tables (decisive, unknown, all answers), the answers at 0.8 and above, and the Brier score.</summary>
internal static class ReliabilityReportWriter
{
    /// <summary>The cross-validation behind the tables: claims, folds, each fold's threshold, decisive answers withheld.</summary>
    public static void WriteFolds(CalibrationData data, IReadOnlyList<CalibratedAnswer> answers, IReadOnlyList<CalibrationFit> folds, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var withheld = data.Rows.Where((row, i) => row.Decisive is not null && !answers[i].Decisive).Count();
        output.WriteLine(string.Create(c, $"Held-out answers of {data.Rows.Count} claims in {folds.Count} folds, each fold answered by a model calibrated on the others."));
        output.WriteLine(string.Create(c, $"Fold thresholds (abstainBelow, inner held-out precision): {string.Join(", ", folds.Select(f => $"{f.Threshold.Threshold:0.000} ({f.Threshold.Precision:P1}{(f.Threshold.MeetsTarget ? "" : ", below target")})"))}"));
        output.WriteLine(string.Create(c, $"Decisive answers withheld by their fold's threshold (counted as unknown answers): {withheld} of {data.Rows.Count(r => r.Decisive is not null)}"));
        output.WriteLine();
    }

    /// <summary>The headline per file: a pooled figure can hide a kind of text the model serves badly.</summary>
    public static void WriteBySource(CalibrationData data, IReadOnlyList<CalibratedAnswer> answers, TextWriter output)
    {
        output.WriteLine("By file:");
        foreach (var source in data.Sources)
        {
            var score = CalibrationScore.Of(answers.Where((_, i) => data.Rows[i].Source == source.Path).ToArray());
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {source.Path}: at ≥ {score.Level:0.0#} {score.ConfidentRight} of {score.Confident} right ({score.ConfidentAccuracy:P1}), covering {score.Coverage:P1} of {score.Right} right; Brier {score.Brier:0.0000}"));
        }

        output.WriteLine();
    }

    public static void Write(IReadOnlyList<CalibratedAnswer> answers, TextWriter output)
    {
        Table("Decisive answers (supported, contradicted)", answers.Where(a => a.Decisive).ToArray(), output);
        Table("Unknown answers", answers.Where(a => !a.Decisive).ToArray(), output);
        Table("All answers", answers, output);

        var score = CalibrationScore.Of(answers);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Answers at ≥ {score.Level:0.0#}: {score.ConfidentRight} of {score.Confident} right ({score.ConfidentAccuracy:P1}), covering {score.Coverage:P1} of the right answers ({score.Right} of {score.Total} answers right)"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Brier score: {score.Brier:0.0000} (decisive {CalibrationScore.Of(answers.Where(a => a.Decisive).ToArray()).Brier:0.0000}, unknown {CalibrationScore.Of(answers.Where(a => !a.Decisive).ToArray()).Brier:0.0000})"));
    }

    private static void Table(string title, IReadOnlyList<CalibratedAnswer> answers, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{title}: {answers.Count}"));
        output.WriteLine(string.Create(c, $"  {"confidence",-13}{"count",7}{"right",7}{"observed",10}{"predicted",11}"));
        var bins = ReliabilityTable.Of(answers);
        foreach (var bin in bins)
        {
            var range = string.Create(c, $"[{bin.Low:0.00}, {bin.High:0.00}{(bin == bins[^1] ? "]" : ")")}");
            var observed = bin.Count == 0 ? "-" : bin.Accuracy.ToString("0.000", c);
            var predicted = bin.Count == 0 ? "-" : bin.MeanConfidence.ToString("0.000", c);
            output.WriteLine(string.Create(c, $"  {range,-13}{bin.Count,7}{bin.Right,7}{observed,10}{predicted,11}"));
        }

        output.WriteLine();
    }
}
