using System.Globalization;
using System.Text;
using FactBot.Core.Decision;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;

namespace FactBot.Core.Checking;

/// <summary>How the engine read and decided a claim, for people writing seeds or chasing a wrong verdict.</summary>
internal static class ClaimTrace
{
    public static string Describe(ClaimReading claim, IReadOnlyList<Clause> clauses, FactIndex index)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(string.Create(c, $"tokens:   {string.Join(' ', claim.Tokens.Select((t, i) => $"{i}:{t.Text}"))}"));
        text.AppendLine(string.Create(c, $"language: {claim.Language}; wh-question: {claim.IsWhQuestion}; yes/no: {claim.IsYesNoQuestion}; negations at [{string.Join(',', claim.Negations)}]"));
        foreach (var m in claim.Mentions)
        {
            text.AppendLine(string.Create(c, $"mention   {m.Start}-{m.End} {m.Kind} '{m.Text}'{(m.Entity is null ? "" : $" = {m.Entity.Id}")}"));
        }

        foreach (var t in claim.Terms)
        {
            var records = t.Uses.Select(u => $"{index.Records[u.Record].Id}{(u.Kind == TermUseKind.Context ? "~" : u.Kind == TermUseKind.Antonym ? "!" : "")}").Distinct().ToArray();
            text.AppendLine(string.Create(c, $"term      {t.Start}-{t.End} '{string.Join(' ', claim.Tokens.Skip(t.Start).Take(t.End - t.Start).Select(x => x.Text))}' -> {string.Join(", ", records.Take(8))}{(records.Length > 8 ? $" (+{records.Length - 8})" : "")}"));
        }

        foreach (var clause in clauses)
        {
            var verdict = ClauseDecider.Resolve(claim, clause, index);
            text.AppendLine(string.Create(c, $"clause    {clause.Kind} [{string.Join(' ', clause.Indices.Select(i => claim.Tokens[i].Text))}] inherits [{string.Join(", ", clause.Inherited.Select(m => m.Text))}] -> {verdict.Verdict}"));
            foreach (var o in verdict.Outcomes)
            {
                text.AppendLine(string.Create(c, $"  record  {o.Record.Id}: {o.Kind} {o.Contradiction} score {o.Score:0.0} covered [{string.Join(", ", o.Covered.Select(m => m.Text))}] undecided [{string.Join(", ", o.Undecided.Select(m => m.Text))}] terms [{string.Join(", ", o.CoveredTerms.OrderBy(t => t.Start).Select(t => string.Join(' ', claim.Tokens.Skip(t.Start).Take(t.End - t.Start).Select(x => x.Text))))}]"));
            }

            if (verdict.Missing.Count > 0)
            {
                text.AppendLine(string.Create(c, $"  missing [{string.Join(", ", verdict.Missing.Select(m => m.Text))}]"));
            }
        }

        return text.ToString();
    }
}
