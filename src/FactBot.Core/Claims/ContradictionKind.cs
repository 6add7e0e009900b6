namespace FactBot.Core.Claims;

internal enum ContradictionKind
{
    None,
    SlotValue,
    Polarity,
    RoleSwap,
}
