using System.Collections.Frozen;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;
using FactBot.Core.Text;

namespace FactBot.Core.Comparison;

/// <summary>
/// "The $10bn investment was larger than the first one", "dix fois plus important que le premier": a comparative
/// between two members of a series (the languages' <c>comparatives</c>, a pivot such as "than" or "que"). Each side
/// names its member by an amount or an order word; the members' amounts decide, and "ten times" must hold too.
/// </summary>
internal static class ComparisonRule
{
    private const decimal FactorTolerance = 0.1m;
    private static readonly PhraseSet<string> Comparatives = PhraseList.OfMap("comparatives");
    private static readonly FrozenSet<string> Pivots = LanguageData.Both("comparisonPivots");
    private static readonly FrozenSet<string> TimesWords = LanguageData.Both("timesWords");

    /// <summary>Rewrites the clause's outcomes when it compares two members; returns the tokens the comparison explained.</summary>
    public static IReadOnlySet<int> Apply(ClaimReading claim, Clause clause, List<RecordOutcome> outcomes, FactIndex index)
    {
        if (Find(claim, clause) is not { } comparison)
        {
            return new HashSet<int>();
        }

        foreach (var series in outcomes.Select(o => index.Series[o.Order]).Where(s => s.Count > 1).DistinctBy(s => s[0]).ToArray())
        {
            var left = Member(claim, clause, clause.From, comparison.Start, series, index);
            var right = Member(claim, clause, comparison.PivotEnd, clause.To, series, index);
            if (left is not { } l || right is not { } r || l.Record == r.Record
                || outcomes.FirstOrDefault(o => o.Order == l.Record) is not { } outcome
                || SeriesRule.Amount(index.Records[l.Record]) is not { } large || SeriesRule.Amount(index.Records[r.Record]) is not { } small)
            {
                continue;
            }

            var holds = Holds(comparison, large, small);
            outcomes.RemoveAll(o => series.Contains(o.Order));
            outcomes.Add(outcome with
            {
                Kind = holds ? OutcomeKind.Supports : OutcomeKind.Contradicts,
                Contradiction = holds ? ContradictionKind.None : ContradictionKind.SlotValue,
                Clash = null,
                Covered = outcome.Covered.Union(clause.Mentions.Where(m => m.Kind == MentionKind.Money)).ToHashSet(),
            });
            return Enumerable.Range(comparison.Start, comparison.PivotEnd - comparison.Start).Union(l.Words).Union(r.Words)
                .Union(Enumerable.Range(comparison.PivotEnd, clause.To - comparison.PivotEnd).Where(k => IsPlain(claim, k))).ToHashSet();
        }

        return Counterparts(claim, clause, outcomes, comparison);
    }

    // "promised ten times more than he gave", "a versé dix fois moins que ce qu'il avait promis": each side says its
    // amount by its own relation, two records of one sentence; their amounts decide.
    private static HashSet<int> Counterparts(ClaimReading claim, Clause clause, List<RecordOutcome> outcomes, Comparison comparison)
    {
        var left = SaidOn(outcomes, clause.From, comparison.Start);
        var right = SaidOn(outcomes, comparison.PivotEnd, clause.To);
        if (left is null || right is null || left.Record.Sentence != right.Record.Sentence
            || SeriesRule.Amount(left.Record) is not { } large || SeriesRule.Amount(right.Record) is not { } small)
        {
            return [];
        }

        var holds = Holds(comparison, large, small);
        outcomes.Remove(left);
        outcomes.Remove(right);
        outcomes.Add(left with
        {
            Kind = holds ? OutcomeKind.Supports : OutcomeKind.Contradicts,
            Contradiction = holds ? ContradictionKind.None : ContradictionKind.SlotValue,
            Clash = null,
            Covered = left.Covered.Union(right.Covered).ToHashSet(),
        });
        return Enumerable.Range(comparison.Start, comparison.PivotEnd - comparison.Start)
            .Union(right.RelationTerms.SelectMany(t => Enumerable.Range(t.Start, t.End - t.Start)))
            .Union(Enumerable.Range(comparison.PivotEnd, clause.To - comparison.PivotEnd).Where(k => IsPlain(claim, k))).ToHashSet();
    }

    // The one record with an amount whose relation words all sit between from and to.
    private static RecordOutcome? SaidOn(List<RecordOutcome> outcomes, int from, int to)
    {
        var said = outcomes.Where(o => o.RelationTerms.Count > 0 && o.RelationTerms.All(t => t.Start >= from && t.End <= to) && SeriesRule.Amount(o.Record) is not null).ToArray();
        return said.Length == 1 ? said[0] : null;
    }

    private static bool Holds(Comparison comparison, decimal left, decimal right)
    {
        var more = comparison.Direction == "More";
        if ((more && left <= right) || (!more && left >= right))
        {
            return false;
        }

        if (comparison.Factor is not { } factor || right == 0 || left == 0)
        {
            return true;
        }

        var ratio = more ? left / right : right / left;
        return Math.Abs(ratio - factor) <= factor * FactorTolerance;
    }

    // The comparative with its pivot right after it ("larger than", "plus important que"), and any "ten times" before.
    private static Comparison? Find(ClaimReading claim, Clause clause)
    {
        foreach (var i in clause.Indices)
        {
            if (!Comparatives.TryMatchAt(claim.Tokens, i, out var length, out var direction))
            {
                continue;
            }

            var pivot = i + length;
            if (pivot >= claim.Tokens.Count || !Pivots.Contains(claim.Tokens[pivot].Text) || !clause.Contains(pivot))
            {
                continue;
            }

            var start = i;
            decimal? factor = null;
            if (i >= 2 && TimesWords.Contains(claim.Tokens[i - 1].Text) && FactorAt(claim, i - 2) is { } n)
            {
                (start, factor) = (i - 2, n);
            }

            return new Comparison(start, pivot + 1, direction, factor);
        }

        return null;
    }

    private static decimal? FactorAt(ClaimReading claim, int k) =>
        claim.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Number && m.Start == k)?.Amount
        ?? (NumberWords.Units.TryGetValue(claim.Tokens[k].Text, out var unit) ? unit : null);

    // The member a side names: by its amount, else by an order word ("first", "recent").
    private static (int Record, IEnumerable<int> Words)? Member(ClaimReading claim, Clause clause, int from, int to, IReadOnlyList<int> series, FactIndex index)
    {
        bool Inside(int k) => k >= from && k < to && clause.Contains(k);
        if (clause.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Money && Inside(m.Start)) is { } money)
        {
            var byAmount = series.Where(r => SeriesRule.Amount(index.Records[r]) == money.Amount).ToArray();
            return byAmount.Length == 1 ? (byAmount[0], Enumerable.Range(money.Start, money.End - money.Start)) : null;
        }

        if (claim.Superlatives.FirstOrDefault(s => Inside(s.Start) && s.Kind is SuperlativeKind.First or SuperlativeKind.Last) is { } order)
        {
            return SeriesRule.Target(series, order.Kind, index) is { } target ? (target, Enumerable.Range(order.Start, order.End - order.Start)) : null;
        }

        return null;
    }

    // A word of the compared side that names no one and no value: "its", "one", "le", "celui".
    private static bool IsPlain(ClaimReading claim, int k) => !claim.Mentions.Any(m => m.Start <= k && k < m.End && m.Kind is MentionKind.Entity or MentionKind.UnknownName);

    private sealed record Comparison(int Start, int PivotEnd, string Direction, decimal? Factor);
}
