using FactBot.Core.Checking;

namespace FactBot.Core.Claims;

/// <summary>
/// Weighs every record that applies to a clause. Support needs the supporting records, together, to account for
/// every value and relation word of the clause; a contradiction must outscore the best support.
/// </summary>
internal static class SegmentResolver
{
    public static SegmentVerdict Resolve(ClaimAnalysis claim, Segment segment, FactIndex index)
    {
        var candidates = new HashSet<int>();
        foreach (var occurrence in segment.Terms)
        {
            foreach (var use in occurrence.Uses)
            {
                if (use.Kind != TermUseKind.Context)
                {
                    candidates.Add(use.Record);
                }
            }
        }

        var outcomes = new List<RecordOutcome>();
        foreach (var r in candidates)
        {
            var outcome = RecordMatcher.Evaluate(claim, segment, index.Records[r], r);
            if (outcome.Kind != OutcomeKind.NotApplicable)
            {
                outcomes.Add(outcome);
            }
        }

        var supports = outcomes.Where(o => o.Kind == OutcomeKind.Supports).OrderByDescending(o => o.Score).ToArray();
        var undecided = outcomes.Where(o => o.Kind == OutcomeKind.Undecided).OrderByDescending(o => o.Score).FirstOrDefault();
        var contradiction = outcomes.Where(o => o.Kind == OutcomeKind.Contradicts).OrderByDescending(o => o.Score).FirstOrDefault();
        var bestSupport = supports.FirstOrDefault();

        if (bestSupport is not null && (contradiction is null || bestSupport.Score >= contradiction.Score))
        {
            var missing = Missing(claim, segment, supports);
            return missing.Count == 0
                ? new SegmentVerdict(Verdict.Supported, bestSupport, supports, [], true)
                : new SegmentVerdict(Verdict.Unknown, bestSupport, supports, missing, true);
        }

        if (contradiction is not null && (undecided is null || contradiction.Score >= undecided.Score))
        {
            return new SegmentVerdict(Verdict.Contradicted, contradiction, [], [], true);
        }

        var near = undecided ?? bestSupport;
        return new SegmentVerdict(Verdict.Unknown, near, [], near?.Undecided ?? [], outcomes.Count > 0);
    }

    private static List<Mention> Missing(ClaimAnalysis claim, Segment segment, IReadOnlyList<RecordOutcome> supports)
    {
        var missing = new List<Mention>();
        foreach (var mention in segment.Mentions)
        {
            if (!supports.Any(s => s.Covered.Contains(mention)))
            {
                missing.Add(mention);
            }
        }

        foreach (var term in segment.Terms)
        {
            if (term.IsRelationWord && !supports.Any(s => s.CoveredTerms.Contains(term)))
            {
                missing.Add(new Mention(MentionKind.UnknownName, term.Start, term.End, string.Join(' ', claim.Tokens.Skip(term.Start).Take(term.End - term.Start).Select(t => t.Text))));
            }
        }

        return missing;
    }
}
