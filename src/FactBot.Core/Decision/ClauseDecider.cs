using FactBot.Core.Checking;
using FactBot.Core.Comparison;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;

namespace FactBot.Core.Decision;

/// <summary>
/// Weighs every record that applies to a clause. Support needs the supporting records, together, to account for
/// every value and relation word of the clause; a contradiction must outscore the best support.
/// </summary>
internal static class ClauseDecider
{
    public static ClauseVerdict Resolve(ClaimReading claim, Clause segment, FactIndex index)
    {
        // One pass over the inverted index's postings: each record's uses in this clause.
        var byRecord = new Dictionary<int, List<(TermOccurrence Occurrence, TermUse Use)>>();
        foreach (var occurrence in segment.Terms)
        {
            foreach (var use in occurrence.Uses)
            {
                if (!byRecord.TryGetValue(use.Record, out var list))
                {
                    byRecord[use.Record] = list = [];
                }

                list.Add((occurrence, use));
            }
        }

        var values = ClaimValues.Of(segment);
        var expressed = new HashSet<int>();
        var outcomes = new List<RecordOutcome>();
        foreach (var (r, uses) in byRecord)
        {
            var record = index.Records[r];
            if (!AllGroups(uses, record.Relation.Count))
            {
                continue;
            }

            expressed.Add(r);

            // Only a record sharing a value with the clause can support, contradict or stay undecided.
            if (!index.Facets[r].Shares(values))
            {
                continue;
            }

            var outcome = RecordMatcher.Evaluate(claim, segment, record, uses);
            if (outcome.Kind != OutcomeKind.NotApplicable)
            {
                outcomes.Add(outcome with { Order = r });
            }
        }

        var supports = Ranked(outcomes, OutcomeKind.Supports).ToArray();
        var undecided = Ranked(outcomes, OutcomeKind.Undecided).FirstOrDefault();
        var contradiction = Ranked(outcomes, OutcomeKind.Contradicts).FirstOrDefault();
        var bestSupport = supports.FirstOrDefault();

        if (bestSupport is not null && (contradiction is null || bestSupport.Score >= contradiction.Score))
        {
            var joined = supports.Where(s => s == bestSupport || MayJoin(s, bestSupport)).ToArray();
            var missing = Missing(claim, segment, joined, Demanding(segment, expressed));
            return missing.Count == 0
                ? new ClauseVerdict(Verdict.Supported, bestSupport, joined, [], true)
                : new ClauseVerdict(Verdict.Unknown, bestSupport, joined, missing, true);
        }

        // A record that cannot decide outweighs an equally close one that contradicts: unknown beats a wrong verdict.
        if (contradiction is not null && (undecided is null || contradiction.Score > undecided.Score))
        {
            return new ClauseVerdict(Verdict.Contradicted, contradiction, [], [], true);
        }

        var near = undecided ?? bestSupport;
        return new ClauseVerdict(Verdict.Unknown, near, [], near?.Undecided ?? [], outcomes.Count > 0);
    }

    // Best first; ties go to the record that agrees on more slots, then to one the article states in its own voice,
    // then to seed order, so the same claim always quotes the same sentence.
    private static IEnumerable<RecordOutcome> Ranked(List<RecordOutcome> outcomes, OutcomeKind kind) =>
        outcomes.Where(o => o.Kind == kind)
            .OrderByDescending(o => o.Score)
            .ThenByDescending(o => o.MatchedSlots)
            .ThenBy(o => o.Record.Attribution is null && o.Record.Hedge is null ? 0 : 1)
            .ThenBy(o => o.Order);

    // Another record may account for the rest of a claim only when it is about the same thing (it confirms a value
    // the best record confirmed too) and adds a statement of its own: a relation word the best record does not read
    // ("founded in 2015 as a non-profit"), or another amount or date of the same relation ("$1 billion and later
    // $10 billion"). Two instances of one relation do not blend ("criticised in 2020" + "on Twitter").
    private static bool MayJoin(RecordOutcome other, RecordOutcome best)
    {
        if (!other.Covered.Overlaps(best.Covered))
        {
            return false;
        }

        if (other.RelationTerms.Any(t => !best.RelationTerms.Contains(t)))
        {
            return true;
        }

        var otherValues = other.Covered.Where(m => m.Kind is MentionKind.Money || m.IsTime);
        return otherValues.Any(m => !best.Covered.Contains(m)) && best.Covered.Any(m => m.Kind is MentionKind.Money || m.IsTime);
    }

    private static bool AllGroups(List<(TermOccurrence Occurrence, TermUse Use)> uses, int groups)
    {
        Span<bool> seen = stackalloc bool[groups];
        var count = 0;
        foreach (var (_, use) in uses)
        {
            if (use.Kind != TermUseKind.Context && !seen[use.Group])
            {
                seen[use.Group] = true;
                count++;
            }
        }

        return count == groups;
    }

    // A relation word needs accounting for only if some record it belongs to is fully expressed in the clause:
    // "aiming" or "wanted" alone, without the rest of any relation they belong to, assert nothing we model.
    private static HashSet<TermOccurrence> Demanding(Clause segment, HashSet<int> expressed) =>
        segment.Terms.Where(t => t.Uses.Any(u => u.Kind != TermUseKind.Context && expressed.Contains(u.Record))).ToHashSet();

    private static List<Mention> Missing(ClaimReading claim, Clause segment, IReadOnlyList<RecordOutcome> supports, HashSet<TermOccurrence> demanding)
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

        missing.AddRange(Unaccounted(claim, segment, supports, missing));
        return missing;
    }

    // Every content word of the clause must be explained by a supporting record (one of its values, relation or
    // context words) or be known to be harmless: a word the record does not account for may carry what makes the
    // claim false ("by sending an email", "a unanimous vote").
    private static IEnumerable<Mention> Unaccounted(ClaimReading claim, Clause segment, IReadOnlyList<RecordOutcome> supports, List<Mention> missing)
    {
        for (var i = segment.From; i < segment.To; i++)
        {
            var token = claim.Tokens[i];
            if (token.IsSymbol || token.IsNumber || Accountability.IsHarmless(token.Text)
                || supports.Any(s => s.CoveredTerms.Any(t => t.Start <= i && i < t.End) || s.Covered.Any(m => m.Start <= i && i < m.End))
                || missing.Any(m => m.Start <= i && i < m.End))
            {
                continue;
            }

            yield return new Mention(MentionKind.UnknownName, i, i + 1, token.Surface);
        }
    }
}
