namespace FactBot.Core.Retrieval;

internal enum TermUseKind
{
    Term,
    Antonym,
    Context,
}
