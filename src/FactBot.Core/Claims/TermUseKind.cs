namespace FactBot.Core.Claims;

internal enum TermUseKind
{
    Term,
    Antonym,
    Context,
}
