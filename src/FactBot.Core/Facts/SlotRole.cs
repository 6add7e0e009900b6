namespace FactBot.Core.Facts;

/// <summary>Which side of the relation an entity slot stands on, so that "A overtook B" differs from "B overtook A".</summary>
public enum SlotRole
{
    None,
    Agent,
    Patient,
}
