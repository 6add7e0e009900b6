using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Claims;

/// <summary>
/// Compares one clause with one record, slot by slot: relation words (all groups, antonyms flip polarity), who
/// stands on which side of the relation, entities, times and amounts, each by the slot's match rule.
/// </summary>
internal static class RecordMatcher
{
    public static RecordOutcome Evaluate(ClaimAnalysis claim, Segment segment, FactRecord record, IReadOnlyList<(TermOccurrence Occurrence, TermUse Use)> uses)
    {
        var groupHits = new TermOccurrence?[record.Relation.Count];
        var coveredTerms = new HashSet<TermOccurrence>();
        var score = 0.0;
        var flips = 0;
        var context = 0;
        var antonymGroups = new HashSet<int>();
        foreach (var (occurrence, use) in uses)
        {
            coveredTerms.Add(occurrence);
            if (use.Kind == TermUseKind.Context)
            {
                context++;
                continue;
            }

            if (groupHits[use.Group] is null)
            {
                groupHits[use.Group] = occurrence;
                score += 2 + (0.5 * (use.Length - 1));
            }

            // Stems can make a word both a term and an antonym ("security"/"secure"): the term wins.
            if (use.Kind == TermUseKind.Antonym
                && !uses.Any(u => u.Occurrence == occurrence && u.Use.Group == use.Group && u.Use.Kind == TermUseKind.Term)
                && antonymGroups.Add(use.Group))
            {
                // A group said with its antonym flips polarity once, however many antonyms say it ("kept … secret").
                flips++;
                score += 0.5;
            }
        }

        if (groupHits.Length == 0 || groupHits.Any(h => h is null))
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
        var anchor = groupHits.MinBy(h => h!.Start)!;
        var roles = new Roles(claim, segment, anchor);
        var state = new SlotState(record, roles, SaysOnly(claim, segment), SaysTotal(claim, segment));
        var mentions = segment.Mentions.Concat(segment.Inherited).ToArray();

        if (!state.MatchEntities(mentions, segment.Inherited) || !state.MatchValues(mentions, m => m.IsTime, s => s.Type is SlotType.Year or SlotType.Period, TimeFits)
            || !state.MatchValues(mentions, m => m.Kind == MentionKind.Money, s => s.Type == SlotType.Money, MoneyFits))
        {
            return NotApplicable(record);
        }

        var uncovered = segment.Mentions.Count(m => !state.Covered.Contains(m) && !state.Undecided.Contains(m))
            + segment.Terms.Count(t => t.IsRelationWord && !coveredTerms.Contains(t));
        score += state.Score - (0.5 * uncovered);

        var negative = (NegationsInClause(claim, segment, anchor) + flips) % 2 == 1;
        var recordNegative = record.Polarity == Polarity.Negative;
        var polarityClash = negative != recordNegative;
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
            if (recordNegative || polarityClash || !anchored || undatedAgainstDate)
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
        else if (record.Slots.Any(s => s.Match == SlotMatch.Exclusive && s.Role != SlotRole.None && IsEntity(s.Type) && !state.MatchedSlotNames.Contains(s.Name)))
        {
            // "The board controls Acme" does not confirm who controls it: the one-valued party must be named.
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
        }

        return new RecordOutcome(record, kind, score, contradiction, state.Clash, state.Covered, coveredTerms, state.Undecided, state.MatchedSlots);
    }

    // A negation in a clause after "that"/"que" belongs to that clause: in "experts were upset that OpenAI did not
    // share …", "not" does not deny that experts were upset.
    private static int NegationsInClause(ClaimAnalysis claim, Segment segment, TermOccurrence anchor)
    {
        var complementizer = -1;
        for (var k = anchor.End; k < segment.To; k++)
        {
            if (claim.Tokens[k].Text is "that" or "que")
            {
                complementizer = k;
                break;
            }
        }

        return claim.Negations.Count(n => n >= segment.From && n < segment.To && (complementizer < 0 || n < complementizer));
    }

    private static bool SaysOnly(ClaimAnalysis claim, Segment segment)
    {
        for (var k = segment.From; k < segment.To; k++)
        {
            var word = claim.Tokens[k].Text;
            if (LanguageWords.Exclusivity.Contains(word) && !(word == "only" && k + 1 < claim.Tokens.Count && claim.Tokens[k + 1].Text is "one" or "a"))
            {
                return true;
            }
        }

        return false;
    }

    // "tried to become CEO", "wanted to take over": a modal verb, an infinitive marker, then the record's first
    // relation word with nothing but copulas and names in between.
    private static Mention? UnsupportedReason(ClaimAnalysis claim, Segment segment, HashSet<TermOccurrence> coveredTerms, HashSet<Mention> covered)
    {
        for (var k = segment.From; k < segment.To; k++)
        {
            var word = claim.Tokens[k].Text;
            var next = k + 1 < segment.To ? claim.Tokens[k + 1].Text : string.Empty;
            var marker = word is "because" or "car" or "parce" || (word is "due" or "owing" && next == "to")
                || (word is "raison" or "cause" && k > segment.From && claim.Tokens[k - 1].Text is "en" or "a");
            if (!marker)
            {
                continue;
            }

            var accounted = coveredTerms.Any(t => t.Start > k) || covered.Any(m => m.Start > k);
            var end = segment.To;
            return accounted ? null : new Mention(MentionKind.UnknownName, k, end, string.Join(' ', claim.Tokens.Skip(k).Take(end - k).Where(t => !t.IsSymbol).Select(t => t.Surface)));
        }

        return null;
    }

    private static bool SaysTotal(ClaimAnalysis claim, Segment segment)
    {
        for (var k = segment.From; k < segment.To; k++)
        {
            if (LanguageWords.Totals.Contains(claim.Tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnderModal(ClaimAnalysis claim, Segment segment, TermOccurrence?[] groupHits, IReadOnlyList<(TermOccurrence Occurrence, TermUse Use)> uses)
    {
        var first = groupHits.Min(h => h!.Start);

        // "proposed taking control": the modal directly before an -ing verb.
        if (first - 1 >= segment.From && LanguageWords.Modals.Contains(claim.Tokens[first - 1].Text)
            && claim.Tokens[first].Text.EndsWith("ing", StringComparison.Ordinal)
            && !uses.Any(u => u.Occurrence.Start <= first - 1 && first - 1 < u.Occurrence.End && u.Use.Kind != TermUseKind.Context))
        {
            return true;
        }

        for (var k = first - 2; k >= segment.From && k >= first - 5; k--)
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

    private static bool IsParticiple(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal) || LanguageWords.IrregularParticiples.Contains(word);

    private static bool IsEntity(SlotType type) => type is SlotType.Person or SlotType.Organisation or SlotType.Product or SlotType.Place;

    private static RecordOutcome NotApplicable(FactRecord record) =>
        new(record, OutcomeKind.NotApplicable, 0, ContradictionKind.None, null, new HashSet<Mention>(), new HashSet<TermOccurrence>(), [], 0);

    private static bool TimeFits(Mention mention, SlotValue value)
    {
        if (value.Year is not { } truth || mention.Year is not { } claimed)
        {
            return false;
        }

        switch (mention.Comparison)
        {
            case Comparison.LessThan:
                return truth < claimed;
            case Comparison.MoreThan:
                return truth > claimed;
            case Comparison.AtLeast:
                return truth >= claimed;
            case Comparison.AtMost:
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

        return mention.Comparison switch
        {
            Comparison.AtLeast => truth >= claimed,
            Comparison.AtMost => truth <= claimed,
            Comparison.MoreThan => truth > claimed,
            Comparison.LessThan => truth < claimed,
            Comparison.About => Math.Abs(truth - claimed) <= truth * 0.15m,
            _ => Math.Abs(truth - claimed) <= truth * 0.005m,
        };
    }

    /// <summary>Which side of the relation each mention stands on, from its place around the relation word.</summary>
    private sealed class Roles(ClaimAnalysis claim, Segment segment, TermOccurrence anchor)
    {
        private readonly bool passive = IsPassive(claim, segment, anchor);

        public SlotRole Of(Mention mention)
        {
            // A possessor ("Ada's attempt", "la tentative d'Ada", "the attempt of Ada") may be either side.
            if (segment.Inherited.Contains(mention) || claim.Tokens[mention.End - 1].Possessive
                || (mention.Start > anchor.End && claim.Tokens[mention.Start - 1].Text is "de" or "of" or "du" or "des"
                    && !LanguageWords.AgentPrepositions.Contains(claim.Tokens[mention.Start - 2].Text)))
            {
                return SlotRole.None;
            }

            if (mention.End <= anchor.Start)
            {
                return passive ? SlotRole.Patient : SlotRole.Agent;
            }

            if (mention.Start >= anchor.End)
            {
                for (var k = anchor.End; k < mention.Start; k++)
                {
                    if (LanguageWords.AgentPrepositions.Contains(claim.Tokens[k].Text))
                    {
                        return SlotRole.Agent;
                    }
                }

                return passive ? SlotRole.None : SlotRole.Patient;
            }

            return SlotRole.None;
        }

        private static bool IsPassive(ClaimAnalysis claim, Segment segment, TermOccurrence anchor)
        {
            // "was founded", "a été créée"; not "is considering", "is reportedly", "is the founder".
            var last = anchor.End - 1;
            if (claim.Tokens[last].Text.EndsWith("ly", StringComparison.Ordinal) && last + 1 < claim.Tokens.Count)
            {
                last++;
            }

            for (var t = anchor.Start; t <= last; t++)
            {
                if (claim.Tokens[t].Text.EndsWith("ing", StringComparison.Ordinal))
                {
                    return false;
                }
            }

            // The auxiliary may be inside the matched term itself ("a été dépassée").
            for (var k = anchor.Start; k < last; k++)
            {
                var word = claim.Tokens[k].Text;
                if (LanguageWords.PassiveAuxiliaries.Contains(word))
                {
                    return LanguageWords.English.Contains(word)
                        ? IsParticiple(claim.Tokens[last].Text)
                        : !LanguageWords.FrenchEtreVerbs.Any(v => claim.Tokens[last].Text.StartsWith(v, StringComparison.Ordinal));
                }
            }

            for (var k = anchor.Start - 1; k >= segment.From && k >= anchor.Start - 3; k--)
            {
                var word = claim.Tokens[k].Text;
                if (LanguageWords.Determiners.Contains(word) || word is "to" or "pour" or "de" || word.EndsWith("ing", StringComparison.Ordinal))
                {
                    return false;
                }

                if (LanguageWords.PassiveAuxiliaries.Contains(word))
                {
                    // English "is/was/been" make a passive only with a participle ("was founded", not "is critical");
                    // French "est devenue", "est née" are active verbs conjugated with être.
                    return LanguageWords.English.Contains(word)
                        ? IsParticiple(claim.Tokens[last].Text)
                        : !LanguageWords.FrenchEtreVerbs.Any(v => claim.Tokens[last].Text.StartsWith(v, StringComparison.Ordinal));
                }

                if (claim.Mentions.Any(m => m.Start <= k && k < m.End) || claim.Tokens[k].IsSymbol)
                {
                    break;
                }
            }

            // "Was Acme founded …?": the auxiliary opens the question, before the subject.
            var firstWord = claim.Tokens[segment.From].Text;
            return claim.IsYesNoQuestion && LanguageWords.PassiveAuxiliaries.Contains(firstWord)
                && claim.Tokens[last].Text.EndsWith("ed", StringComparison.Ordinal)
                && claim.Mentions.Any(m => m.Start == segment.From + 1 && m.End <= anchor.Start);
        }
    }

    /// <summary>Slot-by-slot comparison state for one record.</summary>
    private sealed class SlotState(FactRecord record, Roles roles, bool saysOnly, bool saysTotal)
    {
        private bool SaysOnly => saysOnly;

        private bool SaysTotal => saysTotal;

        public HashSet<Mention> Covered { get; } = [];

        public List<Mention> Undecided { get; } = [];

        public SlotClash? Clash { get; private set; }

        public int MatchedSlots { get; private set; }

        public int StrongMatches { get; private set; }

        public HashSet<string> MatchedSlotNames { get; } = [];

        public bool KeyMatched { get; private set; }

        public bool RoleSwapped { get; private set; }

        public double Score { get; private set; }

        public bool MatchEntities(IReadOnlyList<Mention> mentions, IReadOnlyList<Mention> inherited)
        {
            var slots = record.Slots.Where(s => IsEntitySlot(s.Type)).ToArray();
            var known = mentions.Where(m => m.Kind == MentionKind.Entity).ToArray();
            var matched = new HashSet<Slot>();
            foreach (var slot in slots)
            {
                foreach (var mention in known)
                {
                    if (!Covered.Contains(mention) && Fits(slot, mention) && slot.Values.Any(v => v.Entity == mention.Entity!.Id))
                    {
                        Covered.Add(mention);
                        matched.Add(slot);
                    }
                }

                if (matched.Contains(slot))
                {
                    Matched(slot);
                }
            }

            RoleSwapped = IsRoleSwap(slots, known, matched);
            if (RoleSwapped)
            {
                return true;
            }

            // A partial list ("founders including …") is matched whatever the word order: "Acme's founders included Ada".
            foreach (var slot in slots.Where(s => s.Match == SlotMatch.Partial && !matched.Contains(s)))
            {
                foreach (var mention in known.Where(m => !Covered.Contains(m) && TypeFits(slot.Type, m.Entity!.Type) && slot.Values.Any(v => v.Entity == m.Entity!.Id)))
                {
                    Covered.Add(mention);
                    matched.Add(slot);
                }

                if (matched.Contains(slot))
                {
                    Matched(slot);
                }
            }

            // "founded by Ada alone": a claim that a partial list is the whole list contradicts it.
            if (Clash is null && SaysOnly)
            {
                foreach (var slot in slots.Where(s => s.Match == SlotMatch.Partial && matched.Contains(s) && s.Values.Count > 1))
                {
                    var named = known.Count(m => Covered.Contains(m) && slot.Values.Any(v => v.Entity == m.Entity!.Id));
                    if (named < slot.Values.Count)
                    {
                        Clash = new SlotClash(slot, known.First(m => Covered.Contains(m) && slot.Values.Any(v => v.Entity == m.Entity!.Id)), record.Entities, ClaimsWholeList: true);
                        break;
                    }
                }
            }

            // A subject borrowed from the previous clause may confirm a slot, never refute one.
            known = known.Where(m => !inherited.Contains(m) || Covered.Contains(m)).ToArray();

            foreach (var slot in slots.Where(s => !matched.Contains(s) && s.Match != SlotMatch.Optional))
            {
                var others = known.Where(m => !Covered.Contains(m) && !Undecided.Contains(m) && Fits(slot, m)).ToArray();
                if (others.Length > 0 && !Differ(slot, others))
                {
                    return false;
                }
            }

            // Someone else in the place of a key party ("Globex invested …" for Initech's investment), whatever their type.
            foreach (var slot in slots.Where(s => s.Match == SlotMatch.Key && s.Role != SlotRole.None && !matched.Contains(s)))
            {
                if (known.Any(m => !Covered.Contains(m) && !Undecided.Contains(m) && m.Entity!.Type != EntityType.Role && roles.Of(m) == slot.Role))
                {
                    return false;
                }
            }

            // Each unmatched slot takes at most one unknown name: in "Tim Cook is the CEO of Apple", Apple is another
            // company (a key), not a second CEO.
            var taken = new HashSet<Slot>();
            foreach (var name in mentions.Where(m => m.Kind == MentionKind.UnknownName))
            {
                var candidates = slots.Where(s => s.Type != SlotType.Role && s.Match != SlotMatch.Optional && RoleFits(s.Role, roles.Of(name)) && !taken.Contains(s)).ToArray();
                var exclusive = candidates.FirstOrDefault(s => s.Match == SlotMatch.Exclusive && !matched.Contains(s));
                var partial = candidates.FirstOrDefault(s => s.Match == SlotMatch.Partial);
                var key = candidates.FirstOrDefault(s => s.Match == SlotMatch.Key && !matched.Contains(s));
                if (exclusive is not null)
                {
                    taken.Add(exclusive);
                    Differ(exclusive, [name]);
                }
                else if (partial is not null)
                {
                    Undecided.Add(name);
                }
                else if (key is not null)
                {
                    return false;
                }
            }

            // A key party left unnamed while someone else the record has no place for is named: the claim is about
            // that other party ("Initech weakened its ties with Acme" is not about Ada's ties).
            var namedIds = Covered.Where(m => m.Entity is not null).Select(m => m.Entity!.Id).ToHashSet();
            var unnamedKeys = slots.Where(s => s.Match == SlotMatch.Key && !matched.Contains(s) && !s.Values.Any(v => v.Entity is { } id && namedIds.Contains(id))).ToArray();
            if (unnamedKeys.Length > 0
                && known.Any(m => !Covered.Contains(m) && !Undecided.Contains(m) && !inherited.Contains(m) && m.Entity!.Type != EntityType.Role
                    && !unnamedKeys.Any(k => k.Values.Any(v => v.Entity == m.Entity.Id))))
            {
                return false;
            }

            return true;
        }

        public bool MatchValues(IReadOnlyList<Mention> mentions, Func<Mention, bool> isKind, Func<Slot, bool> isSlot, Func<Mention, SlotValue, bool> fits)
        {
            var claimed = mentions.Where(isKind).ToArray();
            if (claimed.Length == 0)
            {
                return true;
            }

            foreach (var slot in record.Slots.Where(isSlot))
            {
                var hits = claimed.Where(m => !Covered.Contains(m) && slot.Values.Any(v => fits(m, v))).ToArray();
                if (hits.Length > 0)
                {
                    Covered.UnionWith(hits);
                    Matched(slot);
                    continue;
                }

                var others = claimed.Where(m => !Covered.Contains(m) && !Undecided.Contains(m)).ToArray();

                // "more than $10 billion" when it was exactly $10 billion, or an amount "in total" against one
                // payment: neither true nor clearly false.
                var borderline = others.Where(m => (m.Kind == MentionKind.Money && m.Comparison is Comparison.MoreThan or Comparison.LessThan && slot.Values.Any(v => v.Amount == m.Amount))
                    || (m.Kind == MentionKind.Money && SaysTotal)).ToArray();
                Undecided.AddRange(borderline);
                Score += borderline.Length > 0 ? 0.5 : 0;
                others = others.Except(borderline).ToArray();
                if (others.Length > 0 && !Differ(slot, others))
                {
                    return false;
                }
            }

            return true;
        }

        private void Matched(Slot slot)
        {
            MatchedSlotNames.Add(slot.Name);
            if (slot.Match == SlotMatch.Optional)
            {
                // A named circumstance may confirm, but never anchors a contradiction.
                MatchedSlots++;
                Score += 0.5;
                return;
            }

            MatchedSlots++;
            if (slot.Match != SlotMatch.Partial)
            {
                StrongMatches++;
            }

            Score += slot.Match == SlotMatch.Partial ? 1.0 : 1.5;
            if (slot.Match == SlotMatch.Key)
            {
                KeyMatched = true;
            }
        }

        // A claimed value other than the slot's: another fact (key), a contradiction (exclusive), or undecided (partial list).
        private bool Differ(Slot slot, Mention[] others)
        {
            switch (slot.Match)
            {
                case SlotMatch.Key:
                    return false;
                case SlotMatch.Exclusive:
                    Clash ??= new SlotClash(slot, others[0], record.Entities);
                    Covered.UnionWith(others);
                    Score += 0.5;
                    return true;
                default:
                    Undecided.AddRange(others);
                    return true;
            }
        }

        private bool Fits(Slot slot, Mention mention) =>
            TypeFits(slot.Type, mention.Entity!.Type) && RoleFits(slot.Role, roles.Of(mention));

        // "B overtook A" when the record says "A overtook B": every named party sits on the other side.
        private bool IsRoleSwap(Slot[] slots, Mention[] known, HashSet<Slot> matched)
        {
            var agent = slots.FirstOrDefault(s => s.Role == SlotRole.Agent);
            var patient = slots.FirstOrDefault(s => s.Role == SlotRole.Patient);
            if (agent is null || patient is null || agent.Type != patient.Type || matched.Contains(agent) || matched.Contains(patient))
            {
                return false;
            }

            var agentInPatient = known.Any(m => roles.Of(m) == SlotRole.Patient && agent.Values.Any(v => v.Entity == m.Entity!.Id));
            var patientInAgent = known.Any(m => roles.Of(m) == SlotRole.Agent && patient.Values.Any(v => v.Entity == m.Entity!.Id));
            return agentInPatient && patientInAgent;
        }

        private static bool IsEntitySlot(SlotType type) => type is SlotType.Person or SlotType.Organisation or SlotType.Role or SlotType.Product or SlotType.Place;

        private static bool TypeFits(SlotType slot, EntityType entity) => (slot, entity) switch
        {
            (SlotType.Person, EntityType.Person) or (SlotType.Organisation, EntityType.Organisation) or (SlotType.Role, EntityType.Role)
                or (SlotType.Product, EntityType.Product) or (SlotType.Place, EntityType.Place) => true,
            _ => false,
        };

        private static bool RoleFits(SlotRole slot, SlotRole mention) =>
            slot == SlotRole.None || mention == SlotRole.None || slot == mention;
    }
}
