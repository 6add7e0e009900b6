namespace FactBot.Core.Facts;

/// <summary>A typed slot of a fact record, such as the founding year or the founders.</summary>
public sealed record Slot(
    string Name,
    SlotType Type,
    SlotMatch Match,
    SlotRole Role,
    IReadOnlyList<SlotValue> Values,
    LocalizedText Label)
{
    // Slots are hashed while weighing each record: the name and type identify a slot within its record.
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Type);
}
