namespace FactBot.Core.Facts;

/// <summary>Which side of the relation an entity slot stands on, so that "A overtook B" differs from "B overtook A".</summary>
public enum SlotRole
{
    None,
    Agent,
    Patient,

    /// <summary>Who says it: a name fills the slot only as the subject of a reporting verb ("Ada says …") or after
    /// "according to", "selon". A claim that does not attribute the statement leaves it unnamed.</summary>
    Speaker,
}
