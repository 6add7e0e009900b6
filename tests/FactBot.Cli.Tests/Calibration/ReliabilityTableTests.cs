using FactBot.Cli.Calibration;

namespace FactBot.Cli.Tests.Calibration;

public sealed class ReliabilityTableTests
{
    private static readonly CalibratedAnswer[] Answers =
    [
        new(false, 0.10, false),
        new(false, 0.55, true),
        new(true, 0.55, false),
        new(true, 0.80, true),
        new(false, 0.85, false),
        new(true, 0.949, true),
        new(true, 0.95, true),
        new(true, 1.00, true),
    ];

    [Fact]
    public void Bins_count_answers_from_their_lower_edge_and_the_last_bin_includes_one()
    {
        var bins = ReliabilityTable.Of(Answers);

        Assert.Equal(
            [(0.0, 1, 0), (0.5, 2, 1), (0.6, 0, 0), (0.7, 0, 0), (0.8, 2, 1), (0.9, 1, 1), (0.95, 2, 2)],
            bins.Select(b => (b.Low, b.Count, b.Right)));
        Assert.Equal(0.55, bins[1].MeanConfidence, 9);
        Assert.Equal(0.5, bins[1].Accuracy);
        Assert.Equal(0.975, bins[6].MeanConfidence, 9);
        Assert.Equal(1.0, bins[6].High);
    }

    [Fact]
    public void The_score_counts_answers_at_or_above_the_level_their_coverage_of_right_answers_and_the_brier_score()
    {
        var score = CalibrationScore.Of(Answers);

        Assert.Equal((8, 5, 5, 4), (score.Total, score.Right, score.Confident, score.ConfidentRight));
        Assert.Equal(0.8, score.ConfidentAccuracy, 9);
        Assert.Equal(0.8, score.Coverage, 9);
        var squared = (0.1 * 0.1) + (0.45 * 0.45) + (0.55 * 0.55) + (0.2 * 0.2) + (0.85 * 0.85) + (0.051 * 0.051) + (0.05 * 0.05) + 0;
        Assert.Equal(squared / 8, score.Brier, 9);
    }

    [Fact]
    public void The_report_prints_a_table_per_kind_of_answer_then_the_headline()
    {
        var output = new StringWriter();

        ReliabilityReportWriter.Write(Answers, output);

        var text = output.ToString();
        Assert.Contains("Decisive answers (supported, contradicted): 5", text, StringComparison.Ordinal);
        Assert.Contains("Unknown answers: 3", text, StringComparison.Ordinal);
        Assert.Contains("All answers: 8", text, StringComparison.Ordinal);
        Assert.Contains("  [0.95, 1.00]       2      2     1.000      0.975", text, StringComparison.Ordinal);
        Assert.Contains("  [0.60, 0.70)       0      0         -          -", text, StringComparison.Ordinal);
        Assert.Contains("Answers at ≥ 0.8: 4 of 5 right (80.0 %), covering 80.0 % of the right answers", text, StringComparison.Ordinal);
    }
}
