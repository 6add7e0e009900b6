namespace FactBot.Core.Facts;

/// <summary>A typed slot of a fact record, such as the founding year or the founders.</summary>
public sealed record Slot(
    string Name,
    SlotType Type,
    SlotMatch Match,
    SlotRole Role,
    IReadOnlyList<SlotValue> Values,
    LocalizedText Label);
