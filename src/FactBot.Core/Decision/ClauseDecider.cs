using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.InteropServices;
using FactBot.Core.Facts;
using FactBot.Core.Checking;
using FactBot.Core.Comparison;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;
using FactBot.Core.Text;

namespace FactBot.Core.Decision;

/// <summary>
/// Weighs every record that applies to a clause. Support needs the supporting records, together, to account for
/// every value and relation word of the clause; a contradiction must outscore the best support.
/// </summary>
internal static class ClauseDecider
{
    public static ClauseVerdict Resolve(ClaimReading claim, Clause segment, FactIndex index)
    {
        // A clause that names no one is about what the articles are about.
        if (index.Topic is { } topic && segment.Inherited.Count == 0 && !segment.Mentions.Any(m => m.Entity is not null))
        {
            segment = segment with { Inherited = [new Mention(MentionKind.Entity, 0, 0, topic.Name) { Entity = topic }] };
        }

        var outcomes = new List<RecordOutcome>();
        return Resolve(claim, segment, index, outcomes) with { Outcomes = outcomes, Clause = segment };
    }

    private static ClauseVerdict Resolve(ClaimReading claim, Clause segment, FactIndex index, List<RecordOutcome> outcomes)
    {
        var byRecord = Expressed(claim, segment, index);
        var values = ClaimValues.Of(segment);
        var expressed = new HashSet<int>();
        foreach (var (r, uses) in byRecord)
        {
            var record = index.Records[r];
            expressed.Add(r);

            // Only a record sharing a value with the clause can support, contradict or stay undecided.
            if (index.Facets[r].Shares(values) && RecordMatcher.Evaluate(claim, segment, record, uses) is { Kind: not OutcomeKind.NotApplicable } outcome)
            {
                outcomes.Add(outcome with { Order = r });
            }
        }

        Reconsider(claim, segment, index, byRecord, outcomes);

        // No record applies: nothing to order, pick among or rank (what the rules below give for none, at once).
        if (outcomes.Count == 0)
        {
            return new ClauseVerdict(Verdict.Unknown, null, [], [], false);
        }

        // Order words first: "$1bn first and $10bn later" names two members, so its "first" picks none.
        var ordered = SequenceRule.Apply(claim, segment, outcomes, index).Union(ComparisonRule.Apply(claim, segment, outcomes, index)).ToHashSet();
        var explained = SeriesRule.Apply(claim, segment, outcomes, index, ordered).Union(ordered).ToHashSet();
        if (explained.Count > 0)
        {
            segment = segment with { Explained = explained };
        }

        var ranked = Ranked(outcomes);
        var supports = Array.FindAll(ranked, o => o.Kind == OutcomeKind.Supports);
        var undecided = Array.Find(ranked, o => o.Kind == OutcomeKind.Undecided);
        if (Array.Find(ranked, c => c.Kind == OutcomeKind.Contradicts) is { } refuting)
        {
            supports = Array.FindAll(supports, s => !OnlyQualifiesClash(s, refuting));
        }

        var bestSupport = supports.FirstOrDefault();
        var contradiction = Array.Find(ranked, c => c.Kind == OutcomeKind.Contradicts && IsSound(claim, segment, c, supports));

        ClauseVerdict? partial = null;
        // A closer record that denies the clause but may not say so (its subject only borrowed) still outweighs it.
        var outweighed = bestSupport is not null && contradiction is null && segment.Inherited.Count > 0 && !segment.NamesInherited && Array.Exists(ranked, c => c.Kind == OutcomeKind.Contradicts && c.Score > bestSupport.Score);
        if (outweighed)
        {
            return new ClauseVerdict(Verdict.Unknown, bestSupport, [], bestSupport!.Undecided, true) { Denied = true };
        }

        if (bestSupport is not null && (contradiction is null || bestSupport.Score >= contradiction.Score))
        {
            // "Ada left because Acme was overtaken", "Ada regrets leaving", "gave $1m through her foundation": records
            // joined by a cause, a manner or a verb and its -ing object must come from one sentence, which may state
            // the link; two sentences say nothing of it.
            var cause = Says(claim, segment, LanguageWords.CausalMarkers) || Says(claim, segment, LanguageWords.MannerMarkers) || Says(claim, segment, LanguageWords.CausalLinks)
                || HasGerundObject(claim, segment);
            var joined = supports.Where(s => s == bestSupport || (MayJoin(s, bestSupport, segment) && (!cause || s.Record.Sentence == bestSupport.Record.Sentence))).ToArray();
            var demanding = Demanding(segment, expressed);
            var missing = Missing(claim, segment, joined, demanding);
            if (missing.Count == 0)
            {
                return new ClauseVerdict(Verdict.Supported, bestSupport, joined, [], true);
            }

            if (Complete(claim, segment, supports, bestSupport, contradiction, demanding) is { } complete)
            {
                return complete;
            }

            // "kept his promise of $1bn": the promise agrees, but "kept" is what another record denies.
            partial = new ClauseVerdict(Verdict.Unknown, bestSupport, joined, missing, true);
            if (contradiction is null || !Explains(contradiction, missing, bestSupport) || bestSupport.Covered.Any(m => m.Entity?.Type == EntityType.Person && !contradiction.Covered.Contains(m)))
            {
                return partial;
            }
        }

        // A record that cannot decide outweighs an equally close one that contradicts: unknown beats a wrong verdict.
        if (contradiction is not null && (undecided is null || contradiction.Score > undecided.Score))
        {
            return new ClauseVerdict(Verdict.Contradicted, contradiction, [], [], true) { Against = contradiction.OrderedAgainst };
        }

        if (partial is not null)
        {
            return partial;
        }

        var near = undecided ?? bestSupport;
        return new ClauseVerdict(Verdict.Unknown, near, [], near?.Undecided ?? [], outcomes.Count > 0);
    }

    // The best-scoring support may leave words the next one explains: in "analysts fear for security because of the
    // Nimbus add-ons" the add-ons' launch may score higher, but only the analysts' fear accounts for every word.
    private static ClauseVerdict? Complete(ClaimReading claim, Clause segment, RecordOutcome[] supports, RecordOutcome best, RecordOutcome? contradiction, HashSet<TermOccurrence> demanding)
    {
        const int MaxAlternatives = 3;
        for (var i = 0; i < supports.Length && i <= MaxAlternatives; i++)
        {
            var alternative = supports[i];
            if (alternative == best || (contradiction is not null && alternative.Score < contradiction.Score))
            {
                continue;
            }

            // Alone: joining others to it would let a weaker record borrow what the stronger one explains.
            if (Missing(claim, segment, [alternative], demanding).Count == 0)
            {
                return new ClauseVerdict(Verdict.Supported, alternative, [alternative], [], true);
            }
        }

        return null;
    }

    private static bool InPurposeAfter(ClaimReading claim, Mention value, IReadOnlySet<TermOccurrence> relation)
    {
        var first = relation.Min(t => t.Start);
        return first > value.End && ClauseBoundary.PurposeBetween(claim, value.End, first);
    }

    // "gave the promised billion", "a filé le milliard promis": a participle next to the amount the verb before it
    // refutes only qualifies the amount; the promise does not make the giving true.
    private static bool OnlyQualifiesClash(RecordOutcome support, RecordOutcome contradiction) =>
        contradiction.Clash?.Claimed is { Kind: MentionKind.Money } amount && support.Covered.Contains(amount)
        && support.RelationTerms.Count > 0 && support.RelationTerms.All(t => t.Start == amount.End || t.End == amount.Start)
        && contradiction.RelationTerms.Count > 0 && contradiction.RelationTerms.All(c => support.RelationTerms.All(t => c.End <= t.Start));

    // "regrets leaving", "denied investing": the -ing verb is what the first one is about, not a second statement.
    private static bool HasGerundObject(ClaimReading claim, Clause segment) =>
        segment.Terms.Any(t => t.IsRelationWord && segment.Terms.Any(g => g.IsRelationWord && g.Start == t.End
            && claim.Tokens[g.Start].Text.EndsWith("ing", StringComparison.Ordinal)));

    private static bool Says(ClaimReading claim, Clause segment, PhraseSet<bool> markers) =>
        segment.Indices.Any(k => markers.TryMatchAt(claim.Tokens, k, out _, out _));

    // The contradicting record reads, as its own relation, a word the support left unexplained, and explains the rest;
    // it is about the same people (it names everyone the support names), and it reads at least as much of the clause or
    // names someone the support could not place.
    private static bool Explains(RecordOutcome contradiction, List<Mention> missing, RecordOutcome support) =>
        (contradiction.Score >= support.Score || missing.Any(m => m.Kind == MentionKind.Entity && contradiction.Covered.Contains(m)))
        && missing.Any(m => contradiction.RelationTerms.Any(t => t.Start <= m.Start && m.End <= t.End))
        && missing.All(m => contradiction.CoveredTerms.Any(t => t.Start <= m.Start && m.End <= t.End) || contradiction.Covered.Contains(m));

    // A contradiction must be about what the whole clause says: every value and name in it belongs to the record
    // (or is the clashing value, which no supporting record claims for itself), and hardly a word is left unexplained.
    // Otherwise the clash may come from another event the clause also mentions ("xAI, launched in 2023").
    private static bool IsSound(ClaimReading claim, Clause segment, RecordOutcome contradiction, RecordOutcome[] supports)
    {
        var clash = contradiction.Clash?.Claimed;
        if (clash is not null && supports.Any(s => s.Covered.Contains(clash)))
        {
            return false;
        }

        // "En 2014, il est recruté pour devenir cofondateur": a date before a purpose clause dates the verb it
        // follows, not the relation the purpose names.
        if (clash is { IsTime: true } && contradiction.RelationTerms.Count > 0 && InPurposeAfter(claim, clash, contradiction.RelationTerms))
        {
            return false;
        }

        // A borrowed or implied subject may confirm, never deny: something the clause itself names must be at stake.
        if (!contradiction.Covered.Any(m => segment.Mentions.Contains(m) || (segment.NamesInherited && segment.Inherited.Contains(m))))
        {
            return false;
        }

        // "objected to Ada's takeover": the record's relation is named as the object of another verb, which the record
        // does not read: the clause is about objecting, and asserts neither that the takeover happened nor that it failed.
        if (contradiction.Contradiction == ContradictionKind.Polarity && UnderAnotherRelation(claim, segment, contradiction))
        {
            return false;
        }

        // A denied relation may sit inside true statements ("accepted Ada's offer to run Acme": the offer is true):
        // what those statements explain is explained.
        RecordOutcome[] explaining = contradiction.Contradiction == ContradictionKind.Polarity ? [contradiction, .. supports] : [contradiction];
        if (segment.Mentions.Any(m => m != clash && !explaining.Any(o => o.Covered.Contains(m))))
        {
            return false;
        }

        // "for the first time", "seulement depuis": the words dating a start are what an earlier record denies.
        var onset = contradiction.Clash is { StartedEarlier: true } ? RecordMatcher.OnsetWords(claim, segment) : FrozenSet<int>.Empty;
        return Unaccounted(claim, segment, explaining, []).Count(m => (clash is null || m.Start < clash.Start || m.Start >= clash.End) && !onset.Contains(m.Start))
            <= DecisionWeights.UnexplainedWordsInContradiction;
    }

    // The record's first relation word is the object of another, with only a named possessor ("Ada's") and determiners between.
    private static bool UnderAnotherRelation(ClaimReading claim, Clause segment, RecordOutcome contradiction)
    {
        if (contradiction.RelationTerms.Count == 0)
        {
            return false;
        }

        var k = contradiction.RelationTerms.Min(t => t.Start) - 1;
        var possessed = false;
        while (k >= 0 && (LanguageWords.Determiners.Contains(claim.Tokens[k].Text) || claim.Tokens[k].Possessive))
        {
            possessed |= claim.Tokens[k].Possessive;
            k--;
        }

        return possessed && segment.Terms.Any(t => t.IsRelationWord && t.End == k + 1 && !contradiction.CoveredTerms.Contains(t));
    }

    /// <summary>How many content words of the clause the record leaves unexplained.</summary>
    public static int Unexplained(ClaimReading claim, Clause segment, RecordOutcome outcome)
    {
        var clash = outcome.Clash?.Claimed;
        return Unaccounted(claim, segment, [outcome], []).Count(m => clash is null || m.Start < clash.Start || m.Start >= clash.End);
    }

    // An antonym speaks against its own record only: "for-profit company" in a claim that another record supports as
    // its own relation (creating a for-profit company) does not deny the non-profit origin. Records whose verdict
    // came from such a word are weighed again without it.
    private static void Reconsider(ClaimReading claim, Clause segment, FactIndex index, Dictionary<int, List<(TermOccurrence Occurrence, TermUse Use)>> byRecord, List<RecordOutcome> outcomes)
    {
        var supports = outcomes.Where(o => o.Kind == OutcomeKind.Supports).ToArray();
        if (supports.Length == 0)
        {
            return;
        }

        for (var i = outcomes.Count - 1; i >= 0; i--)
        {
            var r = outcomes[i].Order;
            var uses = byRecord[r];
            if (outcomes[i].Kind == OutcomeKind.Supports)
            {
                continue;
            }

            var owned = Owned(byRecord, supports, outcomes[i].Covered.Count);
            if (!uses.Exists(u => u.Use.Kind == TermUseKind.Antonym && owned.Contains(u.Occurrence)))
            {
                continue;
            }

            var kept = uses.FindAll(u => u.Use.Kind != TermUseKind.Antonym || !owned.Contains(u.Occurrence));
            var again = AllGroups(kept, index.Records[r].Relation.Count) ? RecordMatcher.Evaluate(claim, segment, index.Records[r], kept) : null;
            if (again is { Kind: not OutcomeKind.NotApplicable })
            {
                outcomes[i] = again with { Order = r };
            }
            else
            {
                outcomes.RemoveAt(i);
            }
        }
    }

    // The words a supporting record reads as its own terms. Only a term read whole owns its words ("kept his promise"
    // is not owned by "promise" inside it), and only a support naming as many of the clause's parties as the
    // contradiction does: "according to Ada, it is now open source" belongs to what Ada said, not to the mission.
    private static HashSet<TermOccurrence> Owned(Dictionary<int, List<(TermOccurrence Occurrence, TermUse Use)>> byRecord, RecordOutcome[] supports, int covered)
    {
        var owned = new HashSet<TermOccurrence>();
        foreach (var support in supports.Where(s => s.Covered.Count >= covered))
        {
            owned.UnionWith(byRecord[support.Order].Where(u => u.Use.Kind == TermUseKind.Term && u.Use.Length == u.Occurrence.End - u.Occurrence.Start).Select(u => u.Occurrence));
        }

        return owned;
    }

    // Best first; ties go to the record that agrees on more slots, then to one the article states in its own voice,
    // then to seed order, so the same claim always quotes the same sentence.
    // Seed order is unique to each record, so the order is total and an unstable sort gives it.
    private static RecordOutcome[] Ranked(List<RecordOutcome> outcomes)
    {
        var ranked = outcomes.ToArray();
        Array.Sort(ranked, RankOrder);
        return ranked;
    }

    private static int RankOrder(RecordOutcome a, RecordOutcome b)
    {
        var order = b.Score.CompareTo(a.Score);
        order = order != 0 ? order : b.MatchedSlots.CompareTo(a.MatchedSlots);
        order = order != 0 ? order : UnnamedKeys(a).CompareTo(UnnamedKeys(b));
        order = order != 0 ? order : Reported(a).CompareTo(Reported(b));
        return order != 0 ? order : a.Order.CompareTo(b.Order);
    }

    // On a tie, the record whose key parties the claim names: "Zephyrine Labs came into being in 2016" is about its
    // founding, not about the release of its product Nimbus (which the claim never names).
    private static int UnnamedKeys(RecordOutcome outcome)
    {
        var count = 0;
        foreach (var slot in outcome.Record.Slots)
        {
            if (slot.Match == SlotMatch.Key && slot.Values.Any(v => v.Entity is not null) && !slot.Values.Any(v => outcome.Covered.Any(m => m.Entity?.Id == v.Entity)))
            {
                count++;
            }
        }

        return count;
    }

    private static int Reported(RecordOutcome outcome) => outcome.Record.Attribution is null && outcome.Record.Hedge is null ? 0 : 1;

    // Another record may account for the rest of a claim only when it is about the same thing (it confirms a value
    // the best record confirmed too) and adds a statement of its own: a relation word the best record does not read
    // ("founded in 2015 as a non-profit"), or another amount or date of the same relation ("$1 billion and later
    // $10 billion"). Two instances of one relation do not blend ("criticised in 2020" + "on Chirper").
    private static bool MayJoin(RecordOutcome other, RecordOutcome best, Clause segment)
    {
        if (!other.Covered.Overlaps(best.Covered) || IsSubjectNoun(other, best, segment))
        {
            return false;
        }

        if (other.RelationTerms.Any(t => !best.RelationTerms.Contains(t)))
        {
            return true;
        }

        var otherValues = other.Covered.Where(m => m.Kind is MentionKind.Money || m.IsTime);
        if (otherValues.Any(m => !best.Covered.Contains(m)) && best.Covered.Any(m => m.Kind is MentionKind.Money || m.IsTime))
        {
            return true;
        }

        // Another fact about the same party may place a name the best record cannot ("founded it with Bo, as a
        // non-profit"), but never another instance of the same relation.
        var sameRelation = other.Record.Relation.Select(g => g.Id).Intersect(best.Record.Relation.Select(g => g.Id)).Any();
        return !sameRelation && other.Covered.Any(m => m.Kind == MentionKind.Entity && !best.Covered.Contains(m));
    }

    // "Investors criticised Acme": one relation word opening the clause (after at most a determiner), with no name
    // before the best record's own, is the subject's noun (who criticised), not a second fact about the same party.
    private static bool IsSubjectNoun(RecordOutcome other, RecordOutcome best, Clause segment)
    {
        if (other.RelationTerms.Count != 1 || best.RelationTerms.Count == 0)
        {
            return false;
        }

        var noun = other.RelationTerms.First();
        var verb = best.RelationTerms.Min(t => t.Start);
        return noun.End <= verb && noun.Start <= segment.From + 1
            && !segment.Mentions.Any(m => m.Start < verb && m.Kind is MentionKind.Entity or MentionKind.UnknownName);
    }

    // Each record's uses in this clause, for the records whose every relation group the clause says, in the order the
    // postings first name them. Most records a clause's words retrieve lack a group: their groups are counted as bits
    // first, and only the rest get lists of their uses.
    private static Dictionary<int, List<(TermOccurrence Occurrence, TermUse Use)>> Expressed(ClaimReading claim, Clause segment, FactIndex index)
    {
        var postings = 0;
        foreach (var occurrence in segment.Terms)
        {
            postings += occurrence.Uses.Count;
        }

        var said = new Dictionary<int, ulong>(Math.Min(postings, index.Records.Count));
        foreach (var occurrence in segment.Terms)
        {
            foreach (var use in occurrence.Uses)
            {
                ref var groups = ref CollectionsMarshal.GetValueRefOrAddDefault(said, use.Record, out _);
                groups |= use.Kind == TermUseKind.Context ? 0 : 1UL << (use.Group & 63);
            }
        }

        var byRecord = new Dictionary<int, List<(TermOccurrence Occurrence, TermUse Use)>>();
        var past = RecordMatcher.SaysPastState(claim, segment);
        foreach (var (r, groups) in said)
        {
            var count = index.Records[r].Relation.Count;
            if (count > 64 || BitOperations.PopCount(groups | (past && groups != 0 ? index.PastImplied[r] : 0)) == count)
            {
                byRecord[r] = [];
            }
        }

        foreach (var occurrence in segment.Terms)
        {
            foreach (var use in occurrence.Uses)
            {
                if (byRecord.TryGetValue(use.Record, out var list))
                {
                    list.Add((occurrence, use));
                }
            }
        }

        // More groups than bits: the uses decide.
        foreach (var (r, uses) in byRecord)
        {
            if (index.Records[r].Relation.Count > 64 && !AllGroups(uses, index.Records[r].Relation.Count))
            {
                byRecord.Remove(r);
            }
        }

        return byRecord;
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

        // A subject borrowed from the clause before must be one the record names: in "Ada is CEO and one of the
        // founders", the founding record must list Ada.
        foreach (var mention in segment.Mentions.Concat(segment.Inherited.Where(m => m.Entity is { Type: EntityType.Person })))
        {
            if (!supports.Any(s => s.Covered.Contains(mention)) && !PlacedElsewhere(supports, mention))
            {
                missing.Add(mention);
            }
        }

        foreach (var term in segment.Terms)
        {
            // A word a rule explained ("first" naming a member of a series) needs no record of its own.
            if (demanding.Contains(term) && !supports.Any(s => s.CoveredTerms.Contains(term)) && !Enumerable.Range(term.Start, term.End - term.Start).All(segment.Explained.Contains))
            {
                missing.Add(new Mention(MentionKind.UnknownName, term.Start, term.End, string.Join(' ', claim.Tokens.Skip(term.Start).Take(term.End - term.Start).Select(t => t.Text))));
            }
        }

        missing.AddRange(SequenceRule.UntoldOrder(claim, segment, supports));
        missing.AddRange(Unaccounted(claim, segment, supports, missing));
        return missing;
    }

    // Every content word of the clause must be explained by a supporting record (one of its values, relation or
    // context words) or be known to be harmless: a word the record does not account for may carry what makes the
    // claim false ("by sending an email", "a unanimous vote").
    private static List<Mention> Unaccounted(ClaimReading claim, Clause segment, IReadOnlyList<RecordOutcome> supports, List<Mention> missing)
    {
        var accounted = Accounted(claim, supports, missing);
        var unaccounted = new List<Mention>();
        foreach (var i in segment.Indices)
        {
            var token = claim.Tokens[i];
            if (accounted[i] || token.IsSymbol || token.IsNumber || (Accountability.IsHarmless(token.Text) && !segment.Demanded.Contains(i)) || segment.Explained.Contains(i)
                || claim.Silent.Contains(i) || Accountability.IsAspectual(claim.Tokens, i) || SaysPresentOf(token, supports))
            {
                continue;
            }

            unaccounted.Add(new Mention(MentionKind.UnknownName, i, i + 1, token.Surface));
        }

        return unaccounted;
    }

    // "Bo is the president now": a record of a current state says it as of its article's date.
    private static bool SaysPresentOf(Token token, IReadOnlyList<RecordOutcome> supports) =>
        LanguageWords.PresentMarkers.Contains(token.Text) && supports.Any(s => s.Record.Current);

    // The tokens the supporting records read (terms and values) or that are already listed as missing.
    private static bool[] Accounted(ClaimReading claim, IReadOnlyList<RecordOutcome> supports, List<Mention> missing)
    {
        var accounted = new bool[claim.Tokens.Count];
        foreach (var support in supports)
        {
            foreach (var term in support.CoveredTerms)
            {
                accounted.AsSpan(term.Start, term.End - term.Start).Fill(true);
            }

            foreach (var mention in support.Covered)
            {
                Mark(accounted, mention);
            }

            if (support.Converse >= 0)
            {
                accounted[support.Converse] = true;
            }
        }

        foreach (var mention in missing)
        {
            Mark(accounted, mention);
        }

        foreach (var mention in claim.Mentions)
        {
            if (PlacedElsewhere(supports, mention))
            {
                Mark(accounted, mention);
            }
        }

        return accounted;
    }

    // "Ada Quill … #ada": a name said twice is placed by either mention.
    private static bool PlacedElsewhere(IReadOnlyList<RecordOutcome> supports, Mention mention) =>
        mention.Entity is { } entity && supports.Any(s => s.Covered.Any(m => m.Entity?.Id == entity.Id));

    private static void Mark(bool[] accounted, Mention mention)
    {
        // The topic a clause is read as being about spans no token.
        if (mention.End > mention.Start)
        {
            accounted.AsSpan(mention.Start, mention.End - mention.Start).Fill(true);
        }
    }
}
