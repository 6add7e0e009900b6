using System.Globalization;
using FactBot.Core.Checking;

namespace FactBot.Cli.Eval;

/// <summary>Prints an <see cref="EvalReport"/> for a person.</summary>
internal static class EvalReportWriter
{
    public static void Write(EvalReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Cases: {report.Total}{(report.Skipped.Count > 0 ? $" ({report.Skipped.Count} skipped)" : "")}"));
        output.WriteLine(string.Create(c, $"Verdict accuracy:  {report.VerdictCorrect}/{report.Total} = {report.VerdictAccuracy:P1}"));
        output.WriteLine(string.Create(c, $"Evidence accuracy: {report.EvidenceCorrect}/{report.EvidenceEligible} = {report.EvidenceAccuracy:P1} (supported/contradicted cases with the right verdict)"));
        output.WriteLine(string.Create(c, $"Supported<->contradicted swaps: {report.Swaps}"));
        output.WriteLine(string.Create(c, $"Precision of supported/contradicted answers: {report.DecisiveCorrect}/{report.DecisiveAnswers} = {report.Precision:P1}"));
        output.WriteLine(string.Create(c, $"Recall of supported/contradicted labels:     {report.DecisiveFound}/{report.DecisiveLabels} = {report.Recall:P1}"));
        output.WriteLine();
        output.WriteLine("Confusion (rows: expected, columns: got)");
        output.WriteLine(string.Create(c, $"{"",-14}{string.Concat(ConfusionMatrix.Order.Select(v => $"{v.ToWire(),14}"))}"));
        foreach (var expected in ConfusionMatrix.Order)
        {
            output.WriteLine(string.Create(c, $"{expected.ToWire(),-14}{string.Concat(ConfusionMatrix.Order.Select(got => $"{report.Confusion[expected, got],14}"))}"));
        }

        if (report.Misses.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(c, $"Misses ({report.Misses.Count}):"));
            foreach (var miss in report.Misses)
            {
                output.WriteLine(string.Create(c, $"- [{miss.Id}] {miss.Claim}"));
                output.WriteLine(string.Create(c, $"    expected {miss.Expected.ToWire()}, got {miss.Got.ToWire()} (wrong {miss.Reason})"));
                output.WriteLine(string.Create(c, $"    evidence: {(miss.Evidence is null ? "none" : $"“{miss.Evidence}”")}"));
            }
        }

        if (report.Skipped.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Skipped lines:");
            foreach (var skipped in report.Skipped)
            {
                output.WriteLine(string.Create(c, $"- {skipped}"));
            }
        }
    }
}
