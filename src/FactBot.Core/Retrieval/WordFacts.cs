namespace FactBot.Core.Retrieval;

/// <summary>
/// What the index knows of one claim word on its own: its stems, the English and French terms it spells alone, whether
/// a term of several words may start with each of its stems, and whether it is a function word. Read once per word,
/// not per claim.
/// </summary>
internal sealed record WordFacts(
    string Text,
    (string En, string Fr, string FrPlain) Stems,
    IReadOnlyList<TermUse>? English,
    IReadOnlyList<TermUse>? French,
    (bool En, bool Fr, bool FrPlain) Grows,
    bool IsFunctionWord)
{
    /// <summary>Whether a term of several words may start with the word, in either language.</summary>
    public bool MayGrow => Grows.En || Grows.Fr || Grows.FrPlain;

    /// <summary>Whether some name (an alias key, its words written together) starts with the word.</summary>
    public bool MayStartName { get; init; }
}
