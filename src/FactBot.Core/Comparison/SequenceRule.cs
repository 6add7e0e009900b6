using FactBot.Core.Decision;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;
using FactBot.Core.Text;

namespace FactBot.Core.Comparison;

/// <summary>
/// "$10bn first and $1bn later", "d'abord 1 milliard puis 10 milliards", "the $10bn came before the $1bn": one clause
/// that gives two members of a series (two investments) in an order, with order words but no second verb. The order
/// words are explained when the records' events come in that order; in the other order the claim is contradicted.
/// </summary>
internal static class SequenceRule
{
    private static readonly PhraseSet<string> SequenceWords = PhraseList.OfMap("sequenceWords");
    private static readonly PhraseSet<string> TemporalWords = PhraseList.OfMap("temporalSubordinators");

    /// <summary>Rewrites the clause's outcomes when the order is wrong; returns the order words the rule explained.</summary>
    public static IReadOnlySet<int> Apply(ClaimReading claim, Clause clause, List<RecordOutcome> outcomes, FactIndex index)
    {
        var members = Members(outcomes, index);
        if (members is null)
        {
            return new HashSet<int>();
        }

        // "X came after Y" names the later member first.
        var words = OrderWords(claim, clause);
        var laterFirst = false;
        if (words.Count == 0)
        {
            (words, laterFirst) = MarkerBetween(claim, clause, members[0].Value.End, members[^1].Value.Start);
        }

        if (words.Count == 0)
        {
            return words;
        }

        var reversed = false;
        for (var i = 0; i + 1 < members.Length; i++)
        {
            var order = EventOrder.Of(members[i].Outcome.Record, members[i + 1].Outcome.Record, index);
            if (order is not (TimeOrder.Before or TimeOrder.After))
            {
                // The records do not tell the order: the order words stay unexplained.
                return new HashSet<int>();
            }

            reversed |= order == (laterFirst ? TimeOrder.Before : TimeOrder.After);
        }

        if (reversed)
        {
            outcomes.RemoveAll(o => members.Any(m => m.Outcome == o));
            outcomes.Add(Reversed(members.Select(m => m.Outcome).ToArray()));
        }

        return words;
    }

    /// <summary>
    /// "Nimbus was developed before Cirrus" against a record that names both in one breath: an order word before the
    /// second of two names of one kind that the same supporting record covers is something no record tells, so it
    /// stays unexplained.
    /// </summary>
    public static IEnumerable<Mention> UntoldOrder(ClaimReading claim, Clause clause, IReadOnlyList<RecordOutcome> supports)
    {
        var names = clause.Mentions.Where(m => m.Entity is not null).OrderBy(m => m.Start).ToArray();
        for (var b = 1; b < names.Length; b++)
        {
            var second = names[b];
            var marker = OrderWordBefore(claim, clause, second.Start);
            if (marker.Count > 0 && !marker.Any(clause.Explained.Contains)
                && names.Take(b).Any(first => first.End <= marker.Min() && first.Entity!.Type == second.Entity!.Type
                    && supports.Any(s => s.Covered.Contains(first) && s.Covered.Contains(second))))
            {
                yield return new Mention(MentionKind.UnknownName, marker.Min(), marker.Max() + 1, claim.Tokens[marker.Min()].Surface);
            }
        }
    }

    // "before Cirrus", "avant le Cirrus": an order word that governs the name (an adverb, "has since put …", does not).
    private static List<int> OrderWordBefore(ClaimReading claim, Clause clause, int name)
    {
        for (var i = Math.Max(clause.From, name - 4); i < name; i++)
        {
            if (clause.Contains(i) && TemporalWords.TryMatchAt(claim.Tokens, i, out var length, out var marker) && marker is "Before" or "After"
                && (i + length == name || (i + length + 1 == name && LanguageWords.Determiners.Contains(claim.Tokens[i + length].Text))))
            {
                return [.. Enumerable.Range(i, length)];
            }
        }

        return [];
    }

    // Supporting members of one series, each through a value of its own, in the order the claim names them.
    private static (RecordOutcome Outcome, Mention Value)[]? Members(List<RecordOutcome> outcomes, FactIndex index) =>
        outcomes.Where(o => o.Kind == OutcomeKind.Supports && index.Series[o.Order].Count > 1)
            .Select(o => (Outcome: o, Value: o.Covered.FirstOrDefault(m => m.Kind == MentionKind.Money) ?? o.Covered.FirstOrDefault(m => m.IsTime)))
            .Where(p => p.Value is not null)
            .GroupBy(p => index.Series[p.Outcome.Order][0])
            .Select(g => g.Select(p => (p.Outcome, Value: p.Value!)).OrderBy(p => p.Value.Start).ToArray())
            .FirstOrDefault(g => g.Length >= 2 && g.Select(p => p.Value).Distinct().Count() == g.Length);

    // The first member named is the deciding record; the contradiction reads everything the members read.
    private static RecordOutcome Reversed(RecordOutcome[] members) => members[0] with
    {
        Kind = OutcomeKind.Contradicts,
        Contradiction = ContradictionKind.Order,
        Score = members.Max(m => m.Score) + 1,
        Covered = members.SelectMany(m => m.Covered).ToHashSet(),
        CoveredTerms = members.SelectMany(m => m.CoveredTerms).ToHashSet(),
        RelationTerms = members.SelectMany(m => m.RelationTerms).ToHashSet(),
        OrderedAgainst = members[1],
    };

    // A "before" or "after" of the clause between the first and the last member.
    private static (HashSet<int> Words, bool LaterFirst) MarkerBetween(ClaimReading claim, Clause clause, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (clause.Contains(i) && TemporalWords.TryMatchAt(claim.Tokens, i, out var length, out var marker) && marker is "Before" or "After")
            {
                return ([.. Enumerable.Range(i, length)], marker == "After");
            }
        }

        return ([], false);
    }

    private static HashSet<int> OrderWords(ClaimReading claim, Clause clause)
    {
        var found = new HashSet<int>();
        foreach (var i in clause.Indices)
        {
            if (SequenceWords.TryMatchAt(claim.Tokens, i, out var length, out _) && Enumerable.Range(i, length).All(clause.Contains))
            {
                found.UnionWith(Enumerable.Range(i, length));
            }
        }

        return found;
    }
}
