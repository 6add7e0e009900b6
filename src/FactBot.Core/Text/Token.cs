namespace FactBot.Core.Text;

/// <summary>
/// A word, number or symbol of a claim. <see cref="Text"/> is folded and lower-case; <see cref="Capitalized"/> and
/// <see cref="JoinedToNext"/> keep what the original writing said (a capital letter; no space before the next token).
/// </summary>
public sealed record Token(string Text, int Index, bool Capitalized, bool JoinedToNext, bool IsNumber, bool IsSymbol)
{
    public string EnglishStem { get; set; } = "";

    public string FrenchStem { get; set; } = "";

    /// <summary>The French stem of the word without accents; the same as <see cref="FrenchStem"/> when it has none.</summary>
    public string FrenchPlainStem { get; set; } = "";

    /// <summary>Written with a possessive "'s": "Acme's founders" does not make Acme the one who founded.</summary>
    public bool Possessive { get; init; }

    /// <summary>Lower case with its accents, for the French stemmer ("dépassée" stems like "dépassé").</summary>
    public string Accented { get; init; } = Text;

    /// <summary>True when the word was read as a known word it misspells ("Microsfot" as "microsoft").</summary>
    public bool Corrected { get; init; }

    /// <summary>Written as a hashtag ("#Acme"): the word still counts, but a run of them closing a message only tags it.</summary>
    public bool Hashtag { get; init; }

    /// <summary>The word as written (folded, case kept), for naming it back to the user.</summary>
    public string Surface { get; init; } = Text;
}
