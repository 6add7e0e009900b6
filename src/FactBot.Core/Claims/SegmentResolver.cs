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
            // Other records may account for the rest of the claim only when they are about the same thing:
            // they confirm a value the best record confirmed too ("founded in 2015 as a non-profit").
            var joined = supports.Where(s => s == bestSupport || s.Covered.Overlaps(bestSupport.Covered)).ToArray();
            var missing = Missing(claim, segment, joined, Demanding(segment, index));
            return missing.Count == 0
                ? new SegmentVerdict(Verdict.Supported, bestSupport, joined, [], true)
                : new SegmentVerdict(Verdict.Unknown, bestSupport, joined, missing, true);
        }

        // A record that cannot decide outweighs an equally close one that contradicts: unknown beats a wrong verdict.
        if (contradiction is not null && (undecided is null || contradiction.Score > undecided.Score))
        {
            return new SegmentVerdict(Verdict.Contradicted, contradiction, [], [], true);
        }

        var near = undecided ?? bestSupport;
        return new SegmentVerdict(Verdict.Unknown, near, [], near?.Undecided ?? [], outcomes.Count > 0);
    }

    // A relation word needs accounting for only if some record it belongs to is fully expressed in the clause:
    // "aiming" or "wanted" alone, without the rest of any relation they belong to, assert nothing we model.
    private static HashSet<TermOccurrence> Demanding(Segment segment, FactIndex index)
    {
        var groups = new Dictionary<int, HashSet<int>>();
        foreach (var occurrence in segment.Terms)
        {
            foreach (var use in occurrence.Uses.Where(u => u.Kind != TermUseKind.Context))
            {
                if (!groups.TryGetValue(use.Record, out var hit))
                {
                    groups[use.Record] = hit = [];
                }

                hit.Add(use.Group);
            }
        }

        var expressed = groups.Where(kv => kv.Value.Count == index.Records[kv.Key].Relation.Count).Select(kv => kv.Key).ToHashSet();
        return segment.Terms.Where(t => t.Uses.Any(u => u.Kind != TermUseKind.Context && expressed.Contains(u.Record))).ToHashSet();
    }

    private static List<Mention> Missing(ClaimAnalysis claim, Segment segment, IReadOnlyList<RecordOutcome> supports, HashSet<TermOccurrence> demanding)
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
            if (demanding.Contains(term) && !supports.Any(s => s.CoveredTerms.Contains(term)))
            {
                missing.Add(new Mention(MentionKind.UnknownName, term.Start, term.End, string.Join(' ', claim.Tokens.Skip(term.Start).Take(term.End - term.Start).Select(t => t.Text))));
            }
        }

        return missing;
    }
}
