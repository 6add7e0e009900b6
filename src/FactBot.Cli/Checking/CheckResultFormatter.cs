using System.Globalization;
using System.Text;
using FactBot.Core.Checking;
using FactBot.Core.Facts;

namespace FactBot.Cli.Checking;

/// <summary>The human-readable answer of <c>factbot check</c>.</summary>
internal static class CheckResultFormatter
{
    public static string Format(CheckResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Claim:       {result.Claim}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Verdict:     {result.Verdict.ToWire()} (confidence {result.Confidence:0.00}, {result.Language.ToCode()})");
        if (result.Evidence is { } evidence)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Evidence:    “{evidence.Sentence}”");
            text.AppendLine(CultureInfo.InvariantCulture, $"Source:      {evidence.Source.Title} ({evidence.Source.Published}) [fact {evidence.FactId}]");
        }
        else
        {
            text.AppendLine("Evidence:    none");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Explanation: {result.Explanation}");
        foreach (var conflicting in result.Conflicting)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Disagrees:   “{conflicting.Sentence}” — {conflicting.Source.Title} ({conflicting.Source.Published}) [fact {conflicting.FactId}]");
        }

        foreach (var related in result.Related)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Related:     “{related.Sentence}” [fact {related.FactId}, {related.Score:0.00}]");
        }

        return text.ToString();
    }
}
