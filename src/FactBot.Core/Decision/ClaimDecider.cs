using FactBot.Core.Checking;
using FactBot.Core.Comparison;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;
using FactBot.Core.Text;

namespace FactBot.Core.Decision;

/// <summary>
/// The verdict for a whole claim. Read as one clause, records that state it all together may support it ("contributed
/// $100 million before leaving"). Otherwise each clause is decided on its own: contradicted if a clause is; supported
/// only if every clause that says something is, and the order the claim gives its events ("after", "then", "three
/// years after") agrees with the records' dates and links.
/// </summary>
internal static class ClaimDecider
{
    // How far before a name an attribution marker may stand: "according to a report by" is five words.
    private const int SourceReach = 6;

    public static ClauseVerdict Decide(ClaimReading claim, IReadOnlyList<Clause> clauses, FactIndex index)
    {
        var verdict = DecideClauses(claim, clauses, index);
        return claim.Denied ? TurnedRound(verdict) : verdict;
    }

    // "It's false that Acme was founded in 1998": what decides the rest decides the claim, the other way.
    private static ClauseVerdict TurnedRound(ClauseVerdict verdict) => verdict switch
    {
        { Verdict: Verdict.Supported, Deciding: { } deciding } => verdict with
        {
            Verdict = Verdict.Contradicted,
            Deciding = deciding with { Kind = OutcomeKind.Contradicts, Contradiction = ContradictionKind.Polarity },
        },
        { Verdict: Verdict.Contradicted, Deciding: { } deciding } => verdict with
        {
            Verdict = Verdict.Supported,
            Deciding = deciding with { Kind = OutcomeKind.Supports, Contradiction = ContradictionKind.None },
            Against = null,
        },
        _ => verdict,
    };

    private static ClauseVerdict DecideClauses(ClaimReading claim, IReadOnlyList<Clause> clauses, FactIndex index)
    {
        if (clauses.Count == 1)
        {
            return ClauseDecider.Resolve(claim, clauses[0], index);
        }

        // A record may state the circumstance itself ("contributed $100 million before leaving").
        var markers = Enumerable.Range(0, claim.Tokens.Count)
            .Where(i => !clauses.Any(c => c.Contains(i)) && !claim.Tokens[i].IsSymbol && !LanguageWords.ClauseJoiners.Contains(claim.Tokens[i].Text))
            .ToHashSet();
        // Read as one clause only when needed: first for a circumstance, else after the clauses leave it open.
        ClauseVerdict? wholeVerdict = null;
        ClauseVerdict Whole() => wholeVerdict ??= WholeReading(claim, clauses, markers, index);
        var circumstantial = clauses.Any(c => c.Order != OrderMarker.None || c.Kind == ClauseKind.Subordinate);
        (Clause Clause, ClauseVerdict Verdict)[]? resolved = null;
        (Clause Clause, ClauseVerdict Verdict)[] Parts() => resolved ??= clauses.Select(c => (Clause: c, Verdict: ClauseDecider.Resolve(claim, c, index))).ToArray();
        if (circumstantial && Whole().Verdict == Verdict.Supported)
        {
            // A record's words may include "then" or "after" without their direction: the order the clauses give
            // is still checked when each of them holds.
            var ordered = clauses.Any(c => c.Order is OrderMarker.Then or OrderMarker.Therefore or OrderMarker.After or OrderMarker.Before);
            return (ordered ? WrongOrder(claim, Parts(), index) : null) ?? Whole();
        }

        var parts = Parts();
        var contradicted = parts.Where(p => p.Verdict.Verdict == Verdict.Contradicted).Select(p => p.Verdict).MaxBy(v => v.Deciding!.Score);
        if (contradicted is not null)
        {
            return contradicted;
        }

        var saying = SharingTheSource(claim, parts.Where(p => !IsEmpty(claim, p.Clause)).ToArray());
        if (saying.Length > 0 && saying.All(p => p.Verdict.Verdict == Verdict.Supported))
        {
            return Ordered(claim, saying, index);
        }

        var whole = Whole();
        if (whole.Verdict == Verdict.Supported && !parts.Any(p => p.Verdict.Denied))
        {
            return whole;
        }

        var near = saying.Select(p => p.Verdict).Where(v => v.Verdict == Verdict.Unknown && v.Deciding is not null).MaxBy(v => v.Deciding!.Score);
        return near ?? whole with { Verdict = Verdict.Unknown };
    }

    // "Ada left in 2018 after her offer was rebuffed, according to the Gazette": a source cited once speaks for the
    // whole sentence, so a clause that misses nothing but that name holds when a record supporting another clause
    // has it among its values.
    private static (Clause Clause, ClauseVerdict Verdict)[] SharingTheSource(ClaimReading claim, (Clause Clause, ClauseVerdict Verdict)[] parts)
    {
        if (parts.Length < 2 || !parts.Any(p => p.Verdict is { Verdict: Verdict.Unknown, Missing.Count: > 0 }))
        {
            return parts;
        }

        var cited = parts.Where(p => p.Verdict.Verdict == Verdict.Supported)
            .SelectMany(p => p.Verdict.Deciding!.Record.Slots.SelectMany(s => s.Values).Select(v => v.Entity).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        return cited.Count == 0 ? parts : [.. parts.Select(p => OnlyMissesTheSource(claim, p.Verdict, cited) ? (p.Clause, p.Verdict with { Verdict = Verdict.Supported, Missing = [] }) : p)];
    }

    private static bool OnlyMissesTheSource(ClaimReading claim, ClauseVerdict verdict, HashSet<string> cited) =>
        verdict is { Verdict: Verdict.Unknown, Deciding.Kind: OutcomeKind.Supports, Missing.Count: > 0 }
        && verdict.Missing.All(m => m.Entity is { } e && cited.Contains(e.Id) && CitedAt(claim, m));

    // The claim cites a source ("…, according to a report by the Gazette") that exactly one deciding record has among
    // its slot values: that record is the one the claim quotes.
    private static ClauseVerdict? NamingTheSource(ClaimReading claim, (Clause Clause, ClauseVerdict Verdict)[] parts)
    {
        var cited = claim.Mentions.Where(m => m.Entity is not null && CitedAt(claim, m)).ToArray();
        if (cited.Length == 0)
        {
            return null;
        }

        var naming = parts.Where(p => p.Verdict.Deciding!.Record.Slots.Any(s => s.Values.Any(v => cited.Any(m => m.Entity!.Id == v.Entity)))).ToArray();
        return naming.Length == 1 ? naming[0].Verdict : null;
    }

    // An attribution marker at most a few words before the name ("according to a report by").
    private static bool CitedAt(ClaimReading claim, Mention mention)
    {
        for (var k = Math.Max(0, mention.Start - SourceReach); k < mention.Start; k++)
        {
            if (LanguageWords.AttributionMarkers.TryMatchAt(claim.Tokens, k, out var length, out _) && k + length <= mention.Start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterContrast(ClaimReading claim, Clause clause)
    {
        var k = clause.From - 1;
        while (k >= 0 && claim.Tokens[k].IsSymbol)
        {
            k--;
        }

        return k >= 0 && LanguageWords.ContrastJoiners.Contains(claim.Tokens[k].Text);
    }

    // The contradiction when every clause that says something holds and the records give their events the other way.
    private static ClauseVerdict? WrongOrder(ClaimReading claim, (Clause Clause, ClauseVerdict Verdict)[] parts, FactIndex index)
    {
        var saying = parts.Where(p => !IsEmpty(claim, p.Clause)).ToArray();
        return saying.Length > 0 && saying.All(p => p.Verdict.Verdict == Verdict.Supported) && Ordered(claim, saying, index) is { Verdict: Verdict.Contradicted } wrong
            ? wrong
            : null;
    }

    // Every clause holds on its own; the claim also says in which order they happened.
    private static ClauseVerdict Ordered(ClaimReading claim, (Clause Clause, ClauseVerdict Verdict)[] parts, FactIndex index)
    {
        // Every clause holds: the record that names the source the claim cites ("…, according to the Gazette") gives
        // the evidence; else the first main clause that states an amount or a date (the most checkable part of what
        // is asserted; "after …" is a circumstance), else the clause after a "but" (the point of "tried, but
        // failed"), else the first clause.
        var deciding = NamingTheSource(claim, parts)
            ?? parts.FirstOrDefault(p => p.Clause.Kind is ClauseKind.Main or ClauseKind.Coordinate
            && p.Verdict.Deciding!.Covered.Any(m => m.IsTime || m.Kind == MentionKind.Money)).Verdict
            ?? parts.FirstOrDefault(p => AfterContrast(claim, p.Clause)).Verdict
            ?? parts[0].Verdict;
        for (var i = 0; i < parts.Length; i++)
        {
            var (clause, verdict) = parts[i];
            if (clause.Order == OrderMarker.None)
            {
                continue;
            }

            // "cited a conflict of interest when he left": one record may state both sides of "when".
            if (clause.Order == OrderMarker.When && SameEvent(parts, i))
            {
                continue;
            }

            var head = Head(parts, i);
            if (head is null)
            {
                return Unsettled(claim, deciding);
            }

            switch (Settle(clause, head, verdict, index))
            {
                case (false, var first, var second):
                    return head with
                    {
                        Verdict = Verdict.Contradicted,
                        Deciding = first with { Kind = OutcomeKind.Contradicts, Contradiction = ContradictionKind.Order },
                        Against = second,
                    };
                case (null, _, _):
                    return Unsettled(claim, deciding);
            }
        }

        return deciding;
    }

    // "Ada cited a conflict when she left": one record that states the whole claim states both sides at once, so
    // the "when" before a clause needs no record of its own; records joined together do not say they were one event.
    private static ClauseVerdict WholeReading(ClaimReading claim, IReadOnlyList<Clause> clauses, HashSet<int> markers, FactIndex index)
    {
        var whole = Clause.Of(claim, 0, claim.Tokens.Count, []);
        var whens = markers.Where(i => OpensWhen(clauses, i)).ToHashSet();
        if (whens.Count > 0)
        {
            var loose = ClauseDecider.Resolve(claim, whole with { Demanded = markers.Except(whens).ToHashSet() }, index);
            if (loose.Verdict != Verdict.Supported || loose.Supporting.Count <= 1)
            {
                return loose;
            }
        }

        return ClauseDecider.Resolve(claim, whole with { Demanded = markers }, index);
    }

    private static bool OpensWhen(IReadOnlyList<Clause> clauses, int i) =>
        clauses.Any(c => c.Order == OrderMarker.When && c.From > i && Enumerable.Range(i + 1, c.From - i - 1).All(k => !clauses.Any(o => o.Contains(k))));

    private static bool SameEvent((Clause Clause, ClauseVerdict Verdict)[] parts, int i) =>
        parts.Any(p => p.Clause.Kind is ClauseKind.Main or ClauseKind.Coordinate && p.Verdict.Deciding!.Record == parts[i].Verdict.Deciding!.Record);

    // The clause an order is said against, by place in the text (clauses are read main first): the previous clause for
    // "then"; for "after …", the nearest main or coordinate clause before it ("pledged, then walked after chipping in"
    // dates the walking), else the one after it.
    private static ClauseVerdict? Head((Clause Clause, ClauseVerdict Verdict)[] parts, int i)
    {
        var from = parts[i].Clause.From;
        if (parts[i].Clause.Order is OrderMarker.Then or OrderMarker.Therefore)
        {
            return parts.Where(p => p.Clause.From < from).OrderByDescending(p => p.Clause.From).Select(p => p.Verdict).FirstOrDefault();
        }

        var heads = parts.Where(p => p.Clause.Kind is ClauseKind.Main or ClauseKind.Coordinate).ToArray();
        var before = heads.Where(p => p.Clause.From < from).OrderByDescending(p => p.Clause.From).Select(p => p.Verdict).FirstOrDefault();
        var after = heads.Where(p => p.Clause.From > from).OrderBy(p => p.Clause.From).Select(p => p.Verdict).FirstOrDefault();
        return (before ?? after) is { } head && head.Deciding!.Record != parts[i].Verdict.Deciding!.Record ? head : null;
    }

    // The deciding records first; when they do not tell the order, records that support either clause as well
    // (equally well) may: "Ada began to criticise Acme" is her dated criticism as much as an undated one. Records that
    // disagree about the order settle nothing.
    private static (bool? Holds, RecordOutcome First, RecordOutcome Second) Settle(Clause clause, ClauseVerdict head, ClauseVerdict verdict, FactIndex index)
    {
        var (first, second) = (head.Deciding!, verdict.Deciding!);
        if (Check(clause, first.Record, second.Record, index) is { } holds)
        {
            return (holds, first, second);
        }

        var answers = (from h in Tied(head)
                       from v in Tied(verdict)
                       where h.Record != v.Record
                       let order = Check(clause, h.Record, v.Record, index)
                       where order is not null
                       select (Holds: order, First: h, Second: v)).ToArray();
        return answers.Length > 0 && answers.All(a => a.Holds == answers[0].Holds) ? answers[0] : (null, first, second);
    }

    private static IEnumerable<RecordOutcome> Tied(ClauseVerdict verdict) =>
        verdict.Outcomes.Where(o => o.Kind == OutcomeKind.Supports && o.Score >= verdict.Deciding!.Score).Prepend(verdict.Deciding!).Distinct();

    // True when the records agree with the order the clause gives against its head, false when they give the other
    // order, null when they do not tell.
    private static bool? Check(Clause clause, Facts.FactRecord head, Facts.FactRecord other, FactIndex index)
    {
        // "Then" is said of the later clause; the others of the clause that sets the time for the head.
        var (later, earlier) = clause.Order switch
        {
            OrderMarker.Then or OrderMarker.Therefore => (other, head),
            OrderMarker.After => (head, other),
            OrderMarker.Before => (other, head),
            _ => (head, other),
        };
        if (clause.UnstatedGap)
        {
            return null;
        }

        // "Acme stumbled, so Ada left": the effect follows its cause, and a record must say it came of it (its
        // `after` names the cause's record); the dates alone say nothing of why.
        if (clause.Order == OrderMarker.Therefore)
        {
            return EventOrder.Of(later, earlier, index) == TimeOrder.Before ? false : later.After.Contains(earlier.Id) ? true : null;
        }

        if (clause.Order == OrderMarker.When)
        {
            // "refused when Ada offered": a record said to follow the other directly happened at its time, and so do
            // two records of one sentence ("Lorsqu'Acme a annoncé Nimbus, les experts ont été consternés").
            return EventOrder.Of(head, other, index) == TimeOrder.SameYear || head.After.Contains(other.Id) || SameSentence(head, other) ? true : null;
        }

        if (clause.OffsetYears is { } years || clause.Shortly)
        {
            if (EventOrder.Year(later) is not { } l || EventOrder.Year(earlier) is not { } e)
            {
                return EventOrder.Of(later, earlier, index) == TimeOrder.Before ? false : null;
            }

            var gap = l - e;
            return clause.OffsetYears is { } n ? gap == n : gap is >= 0 and <= 1 ? true : gap < 0 || gap > 2 ? false : null;
        }

        return EventOrder.Of(later, earlier, index) switch
        {
            TimeOrder.After => true,
            TimeOrder.Before => false,
            _ => null,
        };
    }

    private static bool SameSentence(Facts.FactRecord head, Facts.FactRecord other) =>
        head.Source.Id == other.Source.Id && string.Equals(head.Sentence, other.Sentence, StringComparison.Ordinal);

    private static ClauseVerdict Unsettled(ClaimReading claim, ClauseVerdict deciding) =>
        deciding with { Verdict = Verdict.Unknown, Missing = [new Mention(MentionKind.UnknownName, 0, 0, Explanations.Order(claim.Language))] };

    // A clause with nothing to check: no relation word, value or name of its own ("…, the billionaire, …").
    private static bool IsEmpty(ClaimReading claim, Clause clause) =>
        !clause.Terms.Any(t => t.IsRelationWord)
        && clause.Mentions.All(m => m.Kind == MentionKind.Entity && clause.Inherited.Any(i => i.Entity?.Id == m.Entity!.Id))
        && clause.Indices.All(i => claim.Tokens[i].IsSymbol || Accountability.IsHarmless(claim.Tokens[i].Text) || clause.Mentions.Any(m => m.Start <= i && i < m.End));
}
