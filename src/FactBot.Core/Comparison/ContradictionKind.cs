namespace FactBot.Core.Comparison;

internal enum ContradictionKind
{
    None,
    SlotValue,
    Polarity,
    RoleSwap,

    /// <summary>The claim puts two events in the other order ("invested before the for-profit company was created").</summary>
    Order,
}
