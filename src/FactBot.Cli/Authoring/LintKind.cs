namespace FactBot.Cli.Authoring;

internal enum LintKind
{
    /// <summary>A term the stemmer already reads as another term of the same list ("invested" beside "invest").</summary>
    Stemmed,

    /// <summary>A shared lexicon entry no article's fact uses, not even through a base.</summary>
    Unused,

    /// <summary>A record whose relation words no labelled claim uses.</summary>
    Unclaimed,
}
