using FactBot.Core.Facts;

namespace FactBot.Core.Retrieval;

/// <summary>What kinds of value a record's slots hold, for a cheap first test against a clause.</summary>
internal sealed record RecordFacets(HashSet<string> Entities, bool HasTime, bool HasMoney, bool HasSlots)
{
    public static RecordFacets Of(FactRecord record) => new(
        record.Slots.SelectMany(s => s.Values).Select(v => v.Entity).OfType<string>().ToHashSet(StringComparer.Ordinal),
        record.Slots.Any(s => s.Type is SlotType.Year or SlotType.Period),
        record.Slots.Any(s => s.Type == SlotType.Money),
        record.Slots.Count > 0);

    // Every outcome but "not applicable" needs a slot that agrees with the clause (or a record without slots).
    public bool Shares(ClaimValues claim) =>
        !HasSlots || (HasTime && claim.HasTime) || (HasMoney && claim.HasMoney) || Entities.Overlaps(claim.Entities);
}
