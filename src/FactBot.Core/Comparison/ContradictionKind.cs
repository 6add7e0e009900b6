namespace FactBot.Core.Comparison;

internal enum ContradictionKind
{
    None,
    SlotValue,
    Polarity,
    RoleSwap,
}
