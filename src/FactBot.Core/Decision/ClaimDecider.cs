using FactBot.Core.Checking;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;

namespace FactBot.Core.Decision;

/// <summary>
/// The verdict for a whole claim from the verdicts of its clauses: contradicted if a clause is, supported only if every
/// clause that says something is. When the clauses do not all hold on their own, the claim read as one clause may
/// still be supported by records that state it together ("contributed $100 million before leaving").
/// </summary>
internal static class ClaimDecider
{
    public static ClauseVerdict Decide(ClaimReading claim, IReadOnlyList<Clause> clauses, FactIndex index)
    {
        if (clauses.Count == 1)
        {
            return ClauseDecider.Resolve(claim, clauses[0], index);
        }

        var parts = clauses.Select(c => (Clause: c, Verdict: ClauseDecider.Resolve(claim, c, index))).ToArray();
        var contradicted = parts.Where(p => p.Verdict.Verdict == Verdict.Contradicted).Select(p => p.Verdict).MaxBy(v => v.Deciding!.Score);
        if (contradicted is not null)
        {
            return contradicted;
        }

        var saying = parts.Where(p => !IsEmpty(claim, p.Clause)).ToArray();
        if (saying.Length > 0 && saying.All(p => p.Verdict.Verdict == Verdict.Supported))
        {
            // Every clause holds: the weakest one decides how sure we are.
            return saying.Select(p => p.Verdict).MinBy(v => v.Deciding!.Score)!;
        }

        var whole = ClauseDecider.Resolve(claim, Clause.Of(claim, 0, claim.Tokens.Count, []), index);
        if (whole.Verdict == Verdict.Supported)
        {
            return whole;
        }

        var near = saying.Select(p => p.Verdict).Where(v => v.Verdict == Verdict.Unknown && v.Deciding is not null).MaxBy(v => v.Deciding!.Score);
        return near ?? whole with { Verdict = Verdict.Unknown };
    }

    // A clause with nothing to check: no relation word, value or name of its own ("…, the billionaire, …").
    private static bool IsEmpty(ClaimReading claim, Clause clause) =>
        !clause.Terms.Any(t => t.IsRelationWord)
        && clause.Mentions.All(m => m.Kind == MentionKind.Entity && clause.Inherited.Any(i => i.Entity?.Id == m.Entity!.Id))
        && clause.Indices.All(i => claim.Tokens[i].IsSymbol || Accountability.IsHarmless(claim.Tokens[i].Text) || clause.Mentions.Any(m => m.Start <= i && i < m.End));
}
