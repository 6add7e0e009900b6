using System.Collections.Frozen;
using FactBot.Core.Facts;
using FactBot.Core.Reading;

namespace FactBot.Core.Comparison;

/// <summary>Slot-by-slot comparison state for one record.</summary>
internal sealed class SlotComparison(FactRecord record, ClaimRoles roles, bool saysOnly, bool saysTotal)
{
    private bool SaysOnly => saysOnly;

    private bool SaysTotal => saysTotal;

    /// <summary>The claim's words this record reads as its relation: a name must stand by one to fill a slot.</summary>
    public IReadOnlySet<TermOccurrence> RelationWords { get; init; } = FrozenSet<TermOccurrence>.Empty;

    /// <summary>The clause dates when something started ("first criticised it in 2021"): an earlier year of the record denies it.</summary>
    public bool SaysOnset { get; init; }

    /// <summary>Names a cleft stresses: in a key party's place, they deny the record's party rather than name another event.</summary>
    public IReadOnlySet<Mention> Focus { get; init; } = FrozenSet<Mention>.Empty;

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
        var slots = EntitySlots(record.Slots);
        var known = KnownNames(mentions);
        var freeAgent = FreeAgent(slots, known);

        // A record's slots are distinct objects: compared by reference, not field by field.
        var matched = new HashSet<Slot>(ReferenceEqualityComparer.Instance);
        foreach (var slot in slots)
        {
            foreach (var mention in known)
            {
                // Who says it may also be who did it ("Ada says she named it").
                if ((!Covered.Contains(mention) || slot.Role == SlotRole.Speaker) && Fits(slot, mention) && Names(slot, mention) && !InAgentsPlace(slot, mention, freeAgent))
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
            // The swapped names are what the contradiction is about.
            foreach (var mention in known)
            {
                if (slots.Any(s => s.Role != SlotRole.None && Names(s, mention)))
                {
                    Covered.Add(mention);
                }
            }

            return true;
        }

        // A partial list ("founders including …") is matched whatever the word order: "Acme's founders included Ada".
        foreach (var slot in slots)
        {
            if (slot.Match != SlotMatch.Partial)
            {
                continue;
            }

            foreach (var mention in known)
            {
                if (!Covered.Contains(mention) && TypeFits(slot.Type, mention.Entity!.Type) && Names(slot, mention) && !InAgentsPlace(slot, mention, freeAgent))
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

        // "founded by Ada alone", "only Ada and Bo founded it": a partial list ("a group including Ada and Bo") has
        // others in it, so a claim that the names given are the whole list contradicts it.
        if (Clash is null && SaysOnly)
        {
            var slot = slots.FirstOrDefault(s => s.Match == SlotMatch.Partial && matched.Contains(s));
            if (slot is not null)
            {
                Clash = new SlotClash(slot, known.First(m => Covered.Contains(m) && Names(slot, m)), record.Entities, ClaimsWholeList: true);
            }
        }

        // A subject borrowed from the previous clause may confirm a slot, never refute one.
        if (inherited.Count > 0)
        {
            known.RemoveAll(m => inherited.Contains(m) && !Covered.Contains(m));
        }

        foreach (var slot in slots)
        {
            if (matched.Contains(slot) || slot.Match == SlotMatch.Optional)
            {
                continue;
            }

            var others = known.FindAll(m => !Covered.Contains(m) && !Undecided.Contains(m) && Fits(slot, m));
            if (others.Count > 0 && !Differ(slot, others))
            {
                return false;
            }
        }

        // Someone else in the place of a key party ("Globex invested …" for Initech's investment), whatever their type.
        foreach (var slot in slots)
        {
            if (slot.Match == SlotMatch.Key && slot.Role != SlotRole.None && !matched.Contains(slot)
                && known.Exists(m => !Covered.Contains(m) && !Undecided.Contains(m) && m.Entity!.Type != EntityType.Role && roles.Of(m) == slot.Role))
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
            if (exclusive is not null && (exclusive.Role != SlotRole.None || roles.IsArgument(name, RelationWords)))
            {
                taken.Add(exclusive);
                Differ(exclusive, [name]);
            }
            else if (exclusive is not null)
            {
                // A name somewhere else in the sentence may not be the one who holds the slot: neither true nor false.
                Undecided.Add(name);
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
        // Asked only when some other party is named at all (most records have none left).
        var strangers = known.FindAll(m => !Covered.Contains(m) && !Undecided.Contains(m) && !inherited.Contains(m) && m.Entity!.Type != EntityType.Role);
        if (strangers.Count == 0)
        {
            return true;
        }

        var namedIds = Covered.Where(m => m.Entity is not null).Select(m => m.Entity!.Id).ToHashSet();
        var unnamedKeys = slots.Where(s => s.Match == SlotMatch.Key && !matched.Contains(s) && !s.Values.Any(v => v.Entity is { } id && namedIds.Contains(id))).ToArray();
        return unnamedKeys.Length == 0 || !strangers.Exists(m => !unnamedKeys.Any(k => k.Values.Any(v => v.Entity == m.Entity!.Id)));
    }

    private static Slot[] EntitySlots(IReadOnlyList<Slot> all)
    {
        var count = 0;
        foreach (var slot in all)
        {
            count += IsEntitySlot(slot.Type) ? 1 : 0;
        }

        var slots = new Slot[count];
        count = 0;
        foreach (var slot in all)
        {
            if (IsEntitySlot(slot.Type))
            {
                slots[count++] = slot;
            }
        }

        return slots;
    }

    private static List<Mention> KnownNames(IReadOnlyList<Mention> mentions)
    {
        var known = new List<Mention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Entity)
            {
                known.Add(mention);
            }
        }

        return known;
    }

    /// <summary>
    /// A record true as of its article's date holds in that year: "still on the board as of 2023" is dated by the
    /// article itself when it is from 2023. A month ("March 2023") says more than the article's date does.
    /// </summary>
    public void CoverSourceYear(IReadOnlyList<Mention> mentions, int? year)
    {
        if (year is null || record.Slots.Any(s => s.Type is SlotType.Year or SlotType.Period))
        {
            return;
        }

        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Year && mention.Month is null && mention.Bound == ValueBound.Equal && mention.Year == year && !Covered.Contains(mention))
            {
                Covered.Add(mention);
            }
        }
    }

    public bool MatchValues(IReadOnlyList<Mention> mentions, Func<Mention, bool> isKind, Func<Slot, bool> isSlot, Func<Mention, SlotValue, bool> fits)
    {
        // Most clauses name no date or amount: nothing to list.
        if (!HasAny(mentions, isKind))
        {
            return true;
        }

        var claimed = mentions.Where(isKind).ToList();

        foreach (var slot in record.Slots.Where(isSlot))
        {
            var hits = claimed.FindAll(m => !Covered.Contains(m) && slot.Values.Any(v => fits(m, v)));
            if (hits.Count > 0)
            {
                // "December 2015" agrees with 2015 but says more than the record: neither confirmed nor denied.
                var finer = hits.FindAll(m => m.Month is not null);
                Covered.UnionWith(hits.Except(finer));
                Undecided.AddRange(finer);
                Matched(slot);
                continue;
            }

            var others = claimed.Where(m => !Covered.Contains(m) && !Undecided.Contains(m)).ToArray();

            // "more than $10 billion" when it was exactly $10 billion, or an amount "in total" against one
            // payment: neither true nor clearly false.
            var borderline = others.Where(m => (m.Kind == MentionKind.Money && m.Bound is ValueBound.MoreThan or ValueBound.LessThan && slot.Values.Any(v => v.Amount == m.Amount))
                || (m.Kind == MentionKind.Money && (SaysTotal || m.Vague))).ToArray();
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

    private static bool HasAny(IReadOnlyList<Mention> mentions, Func<Mention, bool> isKind)
    {
        foreach (var mention in mentions)
        {
            if (isKind(mention))
            {
                return true;
            }
        }

        return false;
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
    private bool Differ(Slot slot, IReadOnlyList<Mention> others)
    {
        switch (slot.Match)
        {
            // "c'est Globex qui a investi …": a cleft says it was they and no one else, which denies the record's party.
            case SlotMatch.Key when slot.Role != SlotRole.None && others.Count == 1 && Focus.Contains(others[0]):
                Clash ??= new SlotClash(slot, others[0], record.Entities);
                Covered.UnionWith(others);
                Score += 0.5;
                return true;
            case SlotMatch.Key when !StartedEarlier(slot, others):
                return false;
            case SlotMatch.Key:
                Clash ??= new SlotClash(slot, others[0], record.Entities) { StartedEarlier = true };
                Covered.UnionWith(others);
                Score += 0.5;
                return true;
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

    // "began criticising it in 2021" when the record has it in 2020: it had started before the year the claim gives.
    private bool StartedEarlier(Slot slot, IReadOnlyList<Mention> others) =>
        SaysOnset && slot.Type is SlotType.Year or SlotType.Period
        && others.All(m => m.IsTime && m.Bound is ValueBound.Equal or ValueBound.AtLeast && m.Year is { } year && slot.Values.Any(v => v.Year < year));

    // Whether one of the slot's values is the entity the mention names.
    private static bool Names(Slot slot, Mention mention)
    {
        var id = mention.Entity!.Id;
        foreach (var value in slot.Values)
        {
            if (value.Entity == id)
            {
                return true;
            }
        }

        return false;
    }

    private bool Fits(Slot slot, Mention mention) =>
        TypeFits(slot.Type, mention.Entity!.Type) && (slot.Role == SlotRole.Speaker ? roles.IsSpeaker(mention) : RoleFits(slot.Role, roles.Of(mention)));

    // "Nimbus was developed by Halvard Bank" when the bank only paid for it: with no one named in the record's agent slot, the
    // claim's agent is the one it says did it, never a party without a role (a funder, a partner).
    private bool InAgentsPlace(Slot slot, Mention mention, Slot? freeAgent) =>
        freeAgent is not null && slot.Role == SlotRole.None && roles.IsPlainAgent(mention) && TypeFits(freeAgent.Type, mention.Entity!.Type);

    private static Slot? FreeAgent(Slot[] slots, List<Mention> known)
    {
        var agent = Array.Find(slots, s => s.Role == SlotRole.Agent);
        return agent is null || known.Exists(m => Names(agent, m)) ? null : agent;
    }

    // "B overtook A" when the record says "A overtook B": every named party sits on the other side.
    private bool IsRoleSwap(Slot[] slots, List<Mention> known, HashSet<Slot> matched)
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

    internal static bool TypeFits(SlotType slot, EntityType entity) => (slot, entity) switch
    {
        (SlotType.Person, EntityType.Person) or (SlotType.Organisation, EntityType.Organisation) or (SlotType.Role, EntityType.Role)
            or (SlotType.Product, EntityType.Product) or (SlotType.Place, EntityType.Place) => true,
        _ => false,
    };

    private static bool RoleFits(SlotRole slot, SlotRole mention) =>
        slot is SlotRole.None || mention == SlotRole.None || slot == mention;
}
