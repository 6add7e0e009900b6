using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using FactBot.Core.Facts;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;
using FactBot.Core.Text;

namespace FactBot.Core.Comparison;

/// <summary>
/// Compares one clause with one record, slot by slot: relation words (all groups, antonyms flip polarity), who
/// stands on which side of the relation, entities, times and amounts, each by the slot's match rule.
/// </summary>
internal static class RecordMatcher
{
    private static readonly ConditionalWeakTable<FactRecord, object> FewRecords = new();
    private static readonly ConditionalWeakTable<FactRecord, object> PartialRecords = new();

    // "few", "peu de gens", "hardly anyone": an antonym that starts with a denying word.
    private static bool IsDenyingWord(ClaimReading claim, TermOccurrence occurrence) =>
        LanguageWords.Negations.Contains(claim.Tokens[occurrence.Start].Text);

    public static RecordOutcome Evaluate(ClaimReading claim, Clause segment, FactRecord record, IReadOnlyList<(TermOccurrence Occurrence, TermUse Use)> uses)
    {
        var groupHits = new TermOccurrence?[record.Relation.Count];
        var coveredTerms = new HashSet<TermOccurrence>();
        var score = 0.0;
        var flips = 0;
        var context = 0;
        var antonymGroups = new HashSet<int>();
        var antonyms = new List<TermOccurrence>();
        var relationTerms = new HashSet<TermOccurrence>();
        foreach (var (occurrence, use) in uses)
        {
            coveredTerms.Add(occurrence);
            if (use.Kind == TermUseKind.Context)
            {
                context++;
                continue;
            }

            if (NeedsAmount(claim, segment, record.Relation[use.Group], occurrence))
            {
                continue;
            }

            relationTerms.Add(occurrence);

            if (groupHits[use.Group] is null)
            {
                groupHits[use.Group] = occurrence;
                score += 2 + (0.5 * (use.Length - 1));
            }

            // Stems can make a word both a term and an antonym ("security"/"secure"): the term wins.
            // A group said with its antonym flips polarity once, however many antonyms say it ("kept … secret"),
            // but a denying word and an opposite verb are two ("few doubted" is "most believed").
            if (use.Kind == TermUseKind.Antonym
                && !Has(uses, occurrence, TermUseKind.Term, use.Group)
                && !InPurposeAfterTerm(claim, uses, occurrence, use.Group)
                && antonymGroups.Add((use.Group * 2) + (IsDenyingWord(claim, occurrence) ? 1 : 0)))
            {
                flips++;
                antonyms.Add(occurrence);
                score += 0.5;
            }
        }

        // Only a term, not its opposite, leaves the rest to the past tense: "Acme was a for-profit" says nothing of its start.
        var unheard = Array.IndexOf(groupHits, null) >= 0;
        if (groupHits.Length == 0 || (unheard && (flips > 0 || !PastImplies(claim, segment, record, groupHits))))
        {
            return NotApplicable(record);
        }

        if (unheard)
        {
            // The past tense said the rest; the groups that were heard say where the relation is.
            groupHits = [.. groupHits.Where(h => h is not null)];
        }

        // "no longer CEO", "n'est plus président": a claim about a later change of role, which the article cannot tell.
        if (claim.StateChanges.Count > 0 && record.Slots.Any(s => s.Type == SlotType.Role) && claim.StateChanges.Any(segment.Contains))
        {
            return NotApplicable(record);
        }

        score += Math.Min(context, 4) * 0.5;

        // "tried to become CEO", "wanted to take over": a record whose own words do not include the modal verb is
        // not asserted by the claim, only wished or attempted.
        if (IsUnderModal(claim, segment, groupHits, uses))
        {
            return NotApplicable(record);
        }

        // A reported fact ("according to …", "in his words") yields to one the article states itself.
        if (record.Attribution is not null || record.Hedge is not null)
        {
            score -= 0.5;
        }

        // Sides are read around the first relation word: "Acme's for-profit arm was created" puts Acme first.
        var anchor = First(groupHits);
        var antonymAnchor = Has(uses, anchor, TermUseKind.Antonym) && !Has(uses, anchor, TermUseKind.Term);
        var anchorGroup = GroupOf(uses, anchor);
        var roles = new ClaimRoles(claim, segment, anchor, antonymAnchor, record.Relation[anchorGroup].Converses);
        var state = new SlotComparison(record, roles, SaysOnly(claim, segment), SaysTotal(claim, segment)) { RelationWords = relationTerms, SaysOnset = OnsetWords(claim, segment).Count > 0, Focus = segment.Focus };
        var mentions = segment.Inherited.Count == 0 ? segment.Mentions : [.. segment.Mentions, .. segment.Inherited];

        // A subject the clause names itself (a pronoun, a possessive, a participle's or an opener's subject) may refute a
        // party; one only borrowed from the clause before may not.
        if (!state.MatchEntities(mentions, segment.NamesInherited ? [] : segment.Inherited) || !state.MatchValues(mentions, m => m.IsTime, s => s.Type is SlotType.Year or SlotType.Period, TimeFits)
            || !state.MatchValues(mentions, m => m.Kind == MentionKind.Money, s => s.Type == SlotType.Money, MoneyFits))
        {
            return NotApplicable(record);
        }

        if (record.Current)
        {
            state.CoverSourceYear(mentions, record.Source.PublishedYear);
        }

        // A statement the record reports someone making is about that someone saying it: without them, another record
        // (the article's own account) is the one to weigh.
        if (record.Slots.Any(s => s.Role == SlotRole.Speaker && !state.MatchedSlotNames.Contains(s.Name)))
        {
            return NotApplicable(record);
        }

        var uncovered = segment.Mentions.Count(m => !state.Covered.Contains(m) && !state.Undecided.Contains(m))
            + segment.Terms.Count(t => t.IsRelationWord && !coveredTerms.Contains(t));
        score += state.Score - (0.5 * uncovered);

        var negations = NegationsInClause(claim, segment, anchor, coveredTerms);
        var negative = (negations + flips) % 2 == 1 || (negations > 0 && flips > 0 && !NegatesAntonym(claim, segment, antonyms));
        var recordNegative = record.Polarity == Polarity.Negative;

        // "Ada was involved with Acme" against "Ada no longer has anything to do with Acme": the past is not denied.
        if (record.Current && recordNegative && !negative && TellsPast(claim, segment, relationTerms))
        {
            return NotApplicable(record);
        }
        // "Nobody believed it" against "few believed it": both deny, but none is not a few. "Ada was never (was not)
        // involved with Acme" against "Ada no longer has anything to do with Acme": a state that has ended once held.
        var polarityClash = negative != recordNegative || (recordNegative && SaysNone(claim, segment) && SaysFew(record))
            || (record.Current && recordNegative && negative && (SaysNever(claim, segment)
                || (TellsPast(claim, segment, relationTerms) && !SaysCeased(claim, segment) && !EndedByVerb(claim, segment, anchor, flips, coveredTerms))));
        // A contradiction needs the claim to be about this record's fact: a key or one-valued slot must agree
        // (a name on a partial list is not enough: "Ada was born in 1985" is not about the founding).
        var anchored = state.StrongMatches > 0;

        OutcomeKind kind;
        var contradiction = ContradictionKind.None;
        if (state.RoleSwapped)
        {
            if (recordNegative || polarityClash)
            {
                return NotApplicable(record);
            }

            kind = OutcomeKind.Contradicts;
            contradiction = ContradictionKind.RoleSwap;
        }
        else if (state.Clash is not null)
        {
            // "Bo was CEO in 2018" against an undated "Ada is CEO": the date may make both true.
            var undatedAgainstDate = segment.Mentions.Any(m => m.IsTime) && !record.Slots.Any(s => s.Type is SlotType.Year or SlotType.Period);

            // The article speaks as of its date: "Ada left Acme in 2031" may be a later event it cannot know of.
            var afterTheSource = state.Clash.Claimed.IsTime && record.Source.IsAfter(state.Clash.Claimed.Year, state.Clash.Claimed.Month);

            // "Ada, CEO of Rocketco": a holder of the role elsewhere is no rival of the record's holder; every party the
            // fact is about must be named for another value to contradict it.
            var keysNamed = record.Slots.Where(s => s.Match == SlotMatch.Key && IsEntity(s.Type) || s.Type == SlotType.Role && s.Match == SlotMatch.Key)
                .All(s => state.MatchedSlotNames.Contains(s.Name));
            // "Bo was CEO", "Bo ran Acme" against "Ada is CEO now": the article does not say who held it before.
            var pastAgainstPresent = record.Current && TellsPast(claim, segment, relationTerms);
            if (recordNegative || polarityClash || !anchored || undatedAgainstDate || afterTheSource || pastAgainstPresent || (record.Slots.Any(s => s.Type == SlotType.Role) && !keysNamed))
            {
                return NotApplicable(record);
            }

            kind = OutcomeKind.Contradicts;
            contradiction = ContradictionKind.SlotValue;
        }
        else if (polarityClash)
        {
            // Denying what someone did needs that someone: "experts praised …" does not deny Ada's criticism.
            var agentsNamed = record.Slots.Where(s => s.Role == SlotRole.Agent && s.Match != SlotMatch.Partial && IsEntity(s.Type))
                .All(s => state.MatchedSlotNames.Contains(s.Name));
            // A name outside a partial list is not denied by it: "Bo did not found Acme" stays unknown.
            if (!anchored || !agentsNamed || state.Undecided.Count > 0)
            {
                return NotApplicable(record);
            }

            kind = OutcomeKind.Contradicts;
            contradiction = ContradictionKind.Polarity;
        }
        else if (state.MatchedSlots == 0 && record.Slots.Count > 0)
        {
            return NotApplicable(record);
        }
        else if (anchored && !recordNegative && RejectsValueOf(claim, segment, record))
        {
            // "in Bing but not in Office" against "in Bing and Office": the claim denies a value the record asserts.
            kind = OutcomeKind.Contradicts;
            contradiction = ContradictionKind.Polarity;
        }
        else if (record.Slots.Any(s => ((s.Match == SlotMatch.Exclusive && s.Role != SlotRole.None) || (s.Match == SlotMatch.Partial && s.Role == SlotRole.Patient))
            && IsEntity(s.Type) && !state.MatchedSlotNames.Contains(s.Name)))
        {
            // "The board controls Acme" does not confirm who controls it: the one-valued party must be named, and so
            // must what a listed object stands for ("Acme developed something" is not "Acme developed Nimbus").
            return NotApplicable(record);
        }
        else
        {
            kind = state.Undecided.Count > 0 ? OutcomeKind.Undecided : OutcomeKind.Supports;

            // "because it had better researchers": a reason the record does not give is not confirmed by it.
            if (kind == OutcomeKind.Supports && UnsupportedReason(claim, segment, coveredTerms, state.Covered) is { } reason)
            {
                kind = OutcomeKind.Undecided;
                state.Undecided.Add(reason);
            }

            // "founded by Ada, not by Bo" against "a small group including Ada": who else was in it the record does not say.
            if (kind == OutcomeKind.Supports && RejectedBeyondList(claim, segment, record) is { } beyond)
            {
                kind = OutcomeKind.Undecided;
                state.Undecided.Add(beyond);
            }

            // "for one reason only" against "can in part be explained by": the record gives it as one among others.
            if (kind == OutcomeKind.Supports && SaysOnly(claim, segment) && SaysInPart(record))
            {
                return NotApplicable(record);
            }

            // "only Acme invested": a record naming the party its fact is about does not say no one else did it.
            if (kind == OutcomeKind.Supports && SaysOnly(claim, segment) && SoleKeyParty(claim, segment, record, state.Covered) is { } sole)
            {
                kind = OutcomeKind.Undecided;
                state.Undecided.Add(sole);
            }
        }

        return new RecordOutcome(record, kind, score, contradiction, state.Clash, state.Covered, coveredTerms, state.Undecided, state.MatchedSlots)
        {
            RelationTerms = relationTerms,
            Converse = roles.Converse,
        };
    }

    private static bool RejectsValueOf(ClaimReading claim, Clause segment, FactRecord record) =>
        claim.Rejected.Count > 0
        && claim.Rejected.Any(m => segment.Contains(m.Start)
            && record.Slots.Any(s => s.Values.Any(v => (m.Entity is { } e && v.Entity == e.Id) || (m.IsTime && v.Year is { } year && m.Year == year))));

    private static Mention? RejectedBeyondList(ClaimReading claim, Clause segment, FactRecord record) =>
        claim.Rejected.FirstOrDefault(m => segment.Contains(m.Start) && m.Entity is { } e
            && record.Slots.Any(s => s.Match == SlotMatch.Partial && SlotComparison.TypeFits(s.Type, e.Type)));

    // Loops, not LINQ: asked for every record weighed against every clause.
    private static bool Has(IReadOnlyList<(TermOccurrence Occurrence, TermUse Use)> uses, TermOccurrence occurrence, TermUseKind kind, int? group = null)
    {
        foreach (var (other, use) in uses)
        {
            if (other == occurrence && use.Kind == kind && (group is null || use.Group == group))
            {
                return true;
            }
        }

        return false;
    }

    // The relation word that comes first (the first of equals).
    private static TermOccurrence First(TermOccurrence?[] groupHits)
    {
        var first = groupHits[0]!;
        foreach (var hit in groupHits)
        {
            if (hit!.Start < first.Start)
            {
                first = hit;
            }
        }

        return first;
    }

    private static int GroupOf(IReadOnlyList<(TermOccurrence Occurrence, TermUse Use)> uses, TermOccurrence anchor)
    {
        foreach (var (occurrence, use) in uses)
        {
            if (occurrence == anchor && use.Group >= 0)
            {
                return use.Group;
            }
        }

        throw new InvalidOperationException("The anchor is no relation word of the record.");
    }

    // "almost nobody", "quasi personne" are a few, not none.
    private static bool SaysNone(ClaimReading claim, Clause segment) =>
        segment.Indices.Any(i => LanguageWords.AbsoluteNegations.TryMatchAt(claim.Tokens, i, out _, out _)
            && !(i > 0 && LanguageWords.Approximators.Contains(claim.Tokens[i - 1].Text)));

    // Read once per record, not per check: the record's own sentence does not change.
    private static bool SaysFew(FactRecord record) =>
        (bool)FewRecords.GetValue(record, static r => Tokenizer.Tokenize(r.Sentence).Any(t => LanguageWords.ScalarNegations.Contains(t.Text)));

    private static bool SaysInPart(FactRecord record) =>
        (bool)PartialRecords.GetValue(record, static r =>
        {
            var tokens = Tokenizer.Tokenize(r.Sentence);
            return Enumerable.Range(0, tokens.Count).Any(i => LanguageWords.PartialMarkers.TryMatchAt(tokens, i, out _, out _));
        });

    // "dropped $10bn into Acme" invests, "dropped Acme" does not: a one-word term the entry lists with amounts only.
    private static bool NeedsAmount(ClaimReading claim, Clause segment, TermGroup group, TermOccurrence occurrence)
    {
        if (group.WithAmount.IsEmpty || occurrence.End - occurrence.Start != 1)
        {
            return false;
        }

        var word = claim.Tokens[occurrence.Start].Text;
        return (group.WithAmount.En.Contains(word) || group.WithAmount.Fr.Contains(word)) && !segment.Mentions.Any(m => m.Kind == MentionKind.Money);
    }

    // A negation denies the relation word of its own clause: nothing that ends a clause may stand between them ("never
    // met Bo before they founded Acme" does not deny the founding). "Few", "rares" speak of the subject, across the
    // relative pronoun after it ("rares sont ceux qui ont cru").
    // "does not share the details to keep its edge": an antonym opening a purpose clause after the group's own term is
    // another verb's, not the term said the other way.
    private static bool InPurposeAfterTerm(ClaimReading claim, IReadOnlyList<(TermOccurrence Occurrence, TermUse Use)> uses, TermOccurrence antonym, int group) =>
        antonym.Start > 0 && ClauseBoundary.PurposeBetween(claim, antonym.Start - 1, antonym.Start)
        && uses.Any(u => u.Use.Kind == TermUseKind.Term && u.Use.Group == group && u.Occurrence.End < antonym.Start);

    // "his grumbling isn't random": after the anchor, a negation denies the relation word that follows it, which may be
    // another record's.
    private static bool DeniesWordAfterAnchor(Clause segment, int negation, TermOccurrence anchor, HashSet<TermOccurrence> ownTerms) =>
        negation >= anchor.End && segment.Terms.FirstOrDefault(t => t.IsRelationWord && t.Start > negation) is { } denied && !ownTerms.Contains(denied);

    // "was not kicked out" is "left", but in "got fired, he didn't quit" the negation denies another verb than the
    // antonym: two denials, not one cancelling the other.
    private static bool NegatesAntonym(ClaimReading claim, Clause segment, List<TermOccurrence> antonyms) =>
        claim.Negations.Any(n => segment.Contains(n) && antonyms.Any(a => a.Start > n
            && !segment.Terms.Any(t => t.IsRelationWord && t.Start > n && t.Start < a.Start)));

    // Nor does a negation reach past its own verb into a purpose clause: "does not share the details to keep its edge"
    // denies the sharing (a relation word none of the record's uses, before or after the negation: "partagent pas"),
    // not the edge.
    private static int NegationsInClause(ClaimReading claim, Clause segment, TermOccurrence anchor, HashSet<TermOccurrence> ownTerms) =>
        claim.Negations.Count(n => segment.Contains(n)
            && !Between(n, anchor).Any(k => ClauseBoundary.Is(claim, k) && !(LanguageWords.SubjectNegations.Contains(claim.Tokens[n].Text) && ClauseBoundary.IsRelativePronoun(claim, k)))
            && !NegatesOtherVerb(claim, segment, n, anchor, ownTerms));

    private static bool NegatesOtherVerb(ClaimReading claim, Clause segment, int negation, TermOccurrence anchor, HashSet<TermOccurrence> ownTerms)
    {
        if (DeniesWordAfterAnchor(segment, negation, anchor, ownTerms))
        {
            return true;
        }

        return negation < anchor.Start && segment.Terms.Any(verb => verb.IsRelationWord && !ownTerms.Contains(verb)
            && (verb.Start > negation || verb.End == negation) && verb.End <= anchor.Start
            && ClauseBoundary.PurposeBetween(claim, verb.End, anchor.Start));
    }

    private static IEnumerable<int> Between(int n, TermOccurrence anchor) =>
        n < anchor.Start ? Enumerable.Range(n + 1, anchor.Start - n - 1) : n >= anchor.End ? Enumerable.Range(anchor.End, n - anchor.End) : [];

    // A name right after "only" or right before "alone" that fills a key slot, which names one party without saying
    // it is the only one (a one-valued or listed slot says how many there are).
    private static Mention? SoleKeyParty(ClaimReading claim, Clause segment, FactRecord record, HashSet<Mention> covered)
    {
        foreach (var k in segment.Indices)
        {
            if (!LanguageWords.Exclusivity.Contains(claim.Tokens[k].Text) || EndsInclusiveMarker(claim, k))
            {
                continue;
            }

            var after = LanguageWords.PostposedExclusivity.Contains(claim.Tokens[k].Text);
            var named = covered.FirstOrDefault(m => m.Entity is not null && (m.Start == k + 1 || (after && m.End == k)))
                ?? SubjectOfOnlyNoun(claim, segment, covered, k);
            if (named is not null && record.Slots.Any(s => s.Match == SlotMatch.Key && s.Values.Any(v => v.Entity == named.Entity!.Id)))
            {
                return named;
            }
        }

        return null;
    }

    // "Acme is the only investor", "Acme est le seul investisseur": the subject before the copula is the sole party.
    private static Mention? SubjectOfOnlyNoun(ClaimReading claim, Clause segment, HashSet<Mention> covered, int only)
    {
        if (!claim.Terms.Any(t => t.IsRelationWord && t.Start == only + 1))
        {
            return null;
        }

        var copula = segment.Indices.LastOrDefault(k => k < only && LanguageWords.PassiveAuxiliaries.Contains(claim.Tokens[k].Text), -1);
        return copula < 0 ? null : covered.FirstOrDefault(m => m.Entity is not null && m.End <= copula);
    }

    // "not only in Acme Search", "pas seulement dans Acme Search": the word at k ends a phrase that says "also".
    private static bool EndsInclusiveMarker(ClaimReading claim, int k)
    {
        for (var start = Math.Max(0, k - 2); start < k; start++)
        {
            if (LanguageWords.InclusiveMarkers.TryMatchAt(claim.Tokens, start, k + 1, out var length, out _) && start + length == k + 1)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool SaysOnly(ClaimReading claim, Clause segment) => segment.Memo.SaysOnly ??= ReadSaysOnly(claim, segment);

    // A name or a count of people after "just"; a count of years or months says how soon ("just two years later").
    private static bool Limits(ClaimReading claim, int k)
    {
        if (k >= claim.Tokens.Count)
        {
            return false;
        }

        if (claim.Mentions.Any(m => m.Start == k && m.Kind is MentionKind.Entity or MentionKind.UnknownName))
        {
            return true;
        }

        var count = claim.Tokens[k].IsNumber || NumberWords.Units.ContainsKey(claim.Tokens[k].Text);
        return count && !claim.Mentions.Any(m => m.Start == k && m.Kind is MentionKind.Money or MentionKind.Year or MentionKind.Period)
            && (k + 1 >= claim.Tokens.Count || !LanguageWords.TimeNouns.Contains(claim.Tokens[k + 1].Text));
    }

    private static bool ReadSaysOnly(ClaimReading claim, Clause segment)
    {
        foreach (var k in segment.Indices)
        {
            var word = claim.Tokens[k].Text;
            if (LanguageWords.Exclusivity.Contains(word) && !(word == "only" && k + 1 < claim.Tokens.Count && claim.Tokens[k + 1].Text is "one" or "a")
                && !EndsInclusiveMarker(claim, k))
            {
                return true;
            }

            // "just $100m", "à peine 100 M$"; "just Ada and Bo", "merely two people": a limiter before an amount, and
            // some before a name or a count ("que" before a name is a conjunction, "est-ce que Acme …").
            if ((LanguageWords.AmountLimiters.Contains(word) && claim.Mentions.Any(m => m.Kind == MentionKind.Money && m.Start == k + 1))
                || (LanguageWords.NameLimiters.Contains(word) && Limits(claim, k + 1)))
            {
                return true;
            }

            // "the two co-founders", "les deux fondateurs": a definite count of the parties is the whole list.
            if (LanguageWords.DefiniteArticles.Contains(word) && k + 2 < claim.Tokens.Count && NumberWords.Units.TryGetValue(claim.Tokens[k + 1].Text, out var how) && how >= 2
                && claim.Terms.Any(t => t.IsRelationWord && t.Start == k + 2))
            {
                return true;
            }

            // "founded Acme by himself": no one else took part; "invested $1bn, that's all".
            if (LanguageWords.SoloMarkers.TryMatchAt(claim.Tokens, k, out _, out _) || LanguageWords.ExclusivityPhrases.TryMatchAt(claim.Tokens, k, out _, out _))
            {
                return true;
            }
        }

        return claim.Exclusives.Any(segment.Contains);
    }

    // "tried to become CEO", "wanted to take over": a modal verb, an infinitive marker, then the record's first
    // relation word with nothing but copulas and names in between.
    private static Mention? UnsupportedReason(ClaimReading claim, Clause segment, HashSet<TermOccurrence> coveredTerms, HashSet<Mention> covered)
    {
        foreach (var k in segment.Indices)
        {
            if (!LanguageWords.CausalMarkers.TryMatchAt(claim.Tokens, k, out _, out _))
            {
                continue;
            }

            var accounted = coveredTerms.Any(t => t.Start > k) || covered.Any(m => m.Start > k);
            var end = segment.To;
            return accounted ? null : new Mention(MentionKind.UnknownName, k, end, string.Join(' ', claim.Tokens.Skip(k).Take(end - k).Where(t => !t.IsSymbol).Select(t => t.Surface)));
        }

        return null;
    }

    // "Acme was a non-profit", "Acme était une association": every unheard group is one the past tense implies, at least
    // one group was heard, and the clause says a past state.
    private static bool PastImplies(ClaimReading claim, Clause segment, FactRecord record, TermOccurrence?[] groupHits) =>
        SaysPastState(claim, segment)
        && groupHits.Any(h => h is not null)
        && Enumerable.Range(0, groupHits.Length).All(g => groupHits[g] is not null || record.Relation[g].ImpliedByPast);

    /// <summary>
    /// A past copula or auxiliary ("was", "était"). A denied past state ("n'était pas …") says too little about when
    /// to be weighed, unless it is denied at every time ("was never", "has never been").
    /// </summary>
    internal static bool SaysPastState(ClaimReading claim, Clause segment)
    {
        var negated = claim.Negations.Any(segment.Contains);
        var never = negated && SaysNever(claim, segment);
        return (never || !negated)
            && segment.Indices.Any(k => LanguageWords.PastStates.Contains(claim.Tokens[k].Text) || (never && LanguageWords.NeverStates.Contains(claim.Tokens[k].Text)));
    }

    // "no longer", "anymore", "ne … plus": the state has ended, which a record of its ending says too.
    private static bool SaysCeased(ClaimReading claim, Clause segment) =>
        claim.StateChanges.Any(segment.Contains) || segment.Indices.Any(k => LanguageWords.CeasedWords.Contains(claim.Tokens[k].Text));

    private static bool SaysNever(ClaimReading claim, Clause segment) =>
        segment.Indices.Any(k => LanguageWords.NeverWords.TryMatchAt(claim.Tokens, k, out _, out _));

    // "Ada distanced herself from Acme": a past verb that is itself the antonym, with no negation word and no past
    // auxiliary, tells the state ending, which is what "no longer" says; "was not involved" tells it never held.
    private static bool EndedByVerb(ClaimReading claim, Clause segment, TermOccurrence anchor, int flips, HashSet<TermOccurrence> ownTerms) =>
        flips > 0 && NegationsInClause(claim, segment, anchor, ownTerms) == 0 && !segment.Indices.Any(k => LanguageWords.PastAuxiliaries.Contains(claim.Tokens[k].Text));

    // A past auxiliary ("was", "avait"), or an English relation verb in -ed or an irregular past ("ran") with no present
    // auxiliary ("worked with"). Asked only of records that state the present, so it is not memoised.
    private static bool TellsPast(ClaimReading claim, Clause segment, HashSet<TermOccurrence> relationTerms)
    {
        var indices = segment.Indices;
        if (indices.Any(k => LanguageWords.PastAuxiliaries.Contains(claim.Tokens[k].Text)))
        {
            return true;
        }

        return claim.Language == Language.English
            && !indices.Any(k => LanguageWords.PresentAuxiliaries.Contains(claim.Tokens[k].Text))
            && relationTerms.Any(t => claim.Tokens[t.Start].Text.EndsWith("ed", StringComparison.Ordinal) || LanguageWords.IrregularPasts.Contains(claim.Tokens[t.Start].Text));
    }

    /// <summary>The words of the clause that date when something started: "first", "began", "seulement depuis".</summary>
    internal static IReadOnlySet<int> OnsetWords(ClaimReading claim, Clause segment) => segment.Memo.OnsetWords ??= ReadOnsetWords(claim, segment);

    private static HashSet<int> ReadOnsetWords(ClaimReading claim, Clause segment)
    {
        var words = new HashSet<int>();
        foreach (var k in segment.Indices)
        {
            if (LanguageWords.OnsetMarkers.TryMatchAt(claim.Tokens, k, out var length, out _) && segment.Contains(k + length - 1))
            {
                words.UnionWith(Enumerable.Range(k, length));
            }
        }

        return words;
    }

    internal static bool SaysTotal(ClaimReading claim, Clause segment) => segment.Memo.SaysTotal ??= ReadSaysTotal(claim, segment);

    // A total anywhere in the claim speaks of its amounts ("Counting every deal, the investments come to $11bn").
    private static bool ReadSaysTotal(ClaimReading claim, Clause segment)
    {
        for (var k = 0; k < claim.Tokens.Count; k++)
        {
            if (LanguageWords.Totals.TryMatchAt(claim.Tokens, k, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnderModal(ClaimReading claim, Clause segment, TermOccurrence?[] groupHits, IReadOnlyList<(TermOccurrence Occurrence, TermUse Use)> uses)
    {
        var first = groupHits.Min(h => h!.Start);

        // "proposed taking control": the modal directly before an -ing verb.
        if (first - 1 >= 0 && segment.Contains(first - 1) && LanguageWords.Modals.Contains(claim.Tokens[first - 1].Text)
            && claim.Tokens[first].Text.EndsWith("ing", StringComparison.Ordinal)
            && !uses.Any(u => u.Occurrence.Start <= first - 1 && first - 1 < u.Occurrence.End && u.Use.Kind != TermUseKind.Context))
        {
            return true;
        }

        if (IsIrrealis(claim, segment, first, uses))
        {
            return true;
        }

        for (var k = first - 2; k >= 0 && segment.Contains(k) && k >= first - 5; k--)
        {
            if (!LanguageWords.Modals.Contains(claim.Tokens[k].Text) || claim.Tokens[k + 1].Text is not ("to" or "de" or "a" or "d"))
            {
                continue;
            }


            var own = uses.Any(u => u.Occurrence.Start <= k && k < u.Occurrence.End && u.Use.Kind != TermUseKind.Context);
            var between = segment.Terms.Any(t => t.Start > k + 1 && t.Start < first && t.IsRelationWord
                && !LanguageWords.Copulas.Contains(claim.Tokens[t.Start].Text));
            return !own && !between;
        }

        return false;
    }

    // "should invest", "could take control", "would have given", "was supposed to give": a duty, a possibility or what
    // did not happen, a few words before the relation with no other relation word between.
    private static bool IsIrrealis(ClaimReading claim, Clause segment, int first, IReadOnlyList<(TermOccurrence Occurrence, TermUse Use)> uses)
    {
        for (var k = first - 1; k >= 0 && segment.Contains(k) && k >= first - 4; k--)
        {
            var word = claim.Tokens[k].Text;
            var irrealis = LanguageWords.Irrealis.Contains(word)
                || (LanguageWords.Counterfactuals.Contains(word) && k + 1 < first && claim.Tokens[k + 1].Text is "have" or "ve");
            if (irrealis)
            {
                // A record may say it that way itself ("was meant as a counterweight"): then it is the record's word.
                var own = uses.Any(u => u.Occurrence.Start <= k && k < u.Occurrence.End);
                var between = segment.Terms.Any(t => t.Start > k && t.Start < first && t.IsRelationWord);
                return !own && !between;
            }
        }

        return false;
    }

    private static bool IsEntity(SlotType type) => type is SlotType.Person or SlotType.Organisation or SlotType.Product or SlotType.Place;

    private static RecordOutcome NotApplicable(FactRecord record) =>
        new(record, OutcomeKind.NotApplicable, 0, ContradictionKind.None, null, FrozenSet<Mention>.Empty, FrozenSet<TermOccurrence>.Empty, [], 0);

    private static bool TimeFits(Mention mention, SlotValue value)
    {
        if (value.Year is not { } truth || mention.Year is not { } claimed)
        {
            return false;
        }

        switch (mention.Bound)
        {
            case ValueBound.LessThan:
                return truth < claimed;
            case ValueBound.MoreThan:
                return truth > claimed;
            case ValueBound.AtLeast:
                return truth >= claimed;
            case ValueBound.AtMost:
                return truth <= claimed;
        }

        if (truth != claimed)
        {
            return false;
        }

        var recordPart = value.Part ?? PeriodPart.Whole;
        return mention.Part == PeriodPart.Whole || recordPart == PeriodPart.Whole || mention.Part == recordPart;
    }

    private static bool MoneyFits(Mention mention, SlotValue value)
    {
        if (value.Amount is not { } truth || mention.Amount is not { } claimed)
        {
            return false;
        }

        if (mention.Currency is not null && value.Currency is not null && mention.Currency != value.Currency)
        {
            return false;
        }

        return mention.Bound switch
        {
            ValueBound.AtLeast => truth >= claimed,
            ValueBound.AtMost => truth <= claimed,
            ValueBound.MoreThan => truth > claimed,
            ValueBound.LessThan => truth < claimed,
            ValueBound.About => Math.Abs(truth - claimed) <= truth * 0.15m,
            _ => Math.Abs(truth - claimed) <= truth * 0.005m,
        };
    }

}
