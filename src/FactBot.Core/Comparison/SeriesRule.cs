using FactBot.Core.Decision;
using FactBot.Core.Facts;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;

namespace FactBot.Core.Comparison;

/// <summary>
/// Several records of one kind of event between the same parties (two investments) are a series. "The first / latest
/// investment" picks one member, and the others say nothing about the claim; "only $1bn", "n'a investi
/// qu'un milliard" is contradicted by another member's amount. A total stays unknown: the article does not say the
/// members are all there is, so neither is "the biggest" or "the smallest" of a series.
/// </summary>
internal static class SeriesRule
{
    /// <summary>
    /// Rewrites the clause's outcomes for series members; returns the tokens the rule explained. Tokens in
    /// <paramref name="orderWords"/> (<see cref="SequenceRule"/> read them as order words) are no superlative.
    /// </summary>
    public static IReadOnlySet<int> Apply(ClaimReading claim, Clause clause, List<RecordOutcome> outcomes, FactIndex index, IReadOnlySet<int> orderWords)
    {
        var explained = new HashSet<int>();
        var superlative = claim.Superlatives.FirstOrDefault(s => clause.Contains(s.Start) && !orderWords.Contains(s.Start));
        var only = RecordMatcher.SaysOnly(claim, clause);
        if (RecordMatcher.SaysTotal(claim, clause) && outcomes.Any(o => o.Kind == OutcomeKind.Supports && index.Series[o.Order].Count == 0 && o.Covered.Any(m => m.Kind == MentionKind.Money)))
        {
            // "in total" of the one amount there is: the total is that amount.
            foreach (var i in clause.Indices)
            {
                if (Text.LanguageWords.Totals.TryMatchAt(claim.Tokens, i, out var length, out _))
                {
                    explained.UnionWith(Enumerable.Range(i, length));
                }
            }
        }

        ForgetBoundsBeyondEveryMember(claim, clause, outcomes, index);
        if (superlative is null && !only)
        {
            return explained;
        }

        foreach (var series in outcomes.Select(o => index.Series[o.Order]).Where(s => s.Count > 1).DistinctBy(s => s[0]).ToArray())
        {
            var members = outcomes.Where(o => series.Contains(o.Order)).ToArray();
            if (superlative is not null)
            {
                Pick(outcomes, members, series, superlative.Kind, index);
                explained.UnionWith(Enumerable.Range(superlative.Start, superlative.End - superlative.Start));
            }
            else if (only && members.FirstOrDefault(m => m.Kind == OutcomeKind.Supports && m.Covered.Any(c => c.Kind == MentionKind.Money)) is { } supported)
            {
                Deny(outcomes, supported, series, index);
            }
        }

        return explained;
    }

    // "has invested more than $20bn", "has invested $13bn": more than any one member may be all of them together,
    // which the article does not give, so no member's amount contradicts it.
    private static void ForgetBoundsBeyondEveryMember(ClaimReading claim, Clause clause, List<RecordOutcome> outcomes, FactIndex index)
    {
        var perfect = clause.Indices.Any(k => Text.LanguageWords.PerfectAuxiliaries.Contains(claim.Tokens[k].Text));
        var bounded = clause.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Money && m.Amount is not null
            && (m.Bound is ValueBound.MoreThan or ValueBound.AtLeast || (perfect && m.Bound == ValueBound.Equal)));
        if (bounded is null)
        {
            return;
        }

        outcomes.RemoveAll(o => o.Kind == OutcomeKind.Contradicts && o.Clash?.Claimed == bounded && index.Series[o.Order] is { Count: > 1 } series
            && series.All(r => Amount(index.Records[r]) is { } amount && amount < bounded.Amount));
    }

    // Only the member the superlative picks speaks; when the records do not tell which it is, none does.
    private static void Pick(List<RecordOutcome> outcomes, RecordOutcome[] members, IReadOnlyList<int> series, SuperlativeKind kind, FactIndex index)
    {
        var target = Target(series, kind, index);
        foreach (var member in members.Where(m => m.Order != target))
        {
            outcomes.Remove(member);
        }
    }

    internal static int? Target(IReadOnlyList<int> series, SuperlativeKind kind, FactIndex index)
    {
        var records = series.Select(r => (Index: r, Record: index.Records[r])).ToArray();
        switch (kind)
        {
            case SuperlativeKind.Largest or SuperlativeKind.Smallest:
                // The article does not say its members are all there were (see the total above): the biggest it
                // gives may not be the biggest there was.
                return null;
            default:
                // The first is the one no other member came before; every pair must be ordered.
                foreach (var candidate in records)
                {
                    var wanted = kind == SuperlativeKind.First ? TimeOrder.Before : TimeOrder.After;
                    if (records.All(other => other.Index == candidate.Index || EventOrder.Of(candidate.Record, other.Record, index) == wanted))
                    {
                        return candidate.Index;
                    }
                }

                return null;
        }
    }

    // "only $1bn": another member gives another amount, so $1bn was not all.
    private static void Deny(List<RecordOutcome> outcomes, RecordOutcome supported, IReadOnlyList<int> series, FactIndex index)
    {
        var money = supported.Covered.First(c => c.Kind == MentionKind.Money);
        var other = series.Where(r => r != supported.Order).Select(r => (Index: r, Record: index.Records[r]))
            .FirstOrDefault(r => Amount(r.Record) is { } amount && amount != money.Amount);
        if (other.Record?.Slots.FirstOrDefault(s => s.Type == SlotType.Money) is not { } slot)
        {
            return;
        }

        outcomes.Remove(supported);
        outcomes.Add(supported with
        {
            Record = other.Record,
            Order = other.Index,
            Kind = OutcomeKind.Contradicts,
            Contradiction = ContradictionKind.SlotValue,
            Clash = new SlotClash(slot, money, other.Record.Entities, ClaimsWholeList: true),
        });
    }

    internal static decimal? Amount(FactRecord record) =>
        record.Slots.FirstOrDefault(s => s.Type == SlotType.Money)?.Values is { Count: > 0 } values ? values[0].Amount : null;
}
