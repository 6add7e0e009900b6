namespace FactBot.Cli.Authoring;

/// <summary>Words of a sentence (tokens <see cref="Start"/> to <see cref="End"/>) that are a term, or an antonym, of a lexicon entry.</summary>
internal sealed record LexiconMatch(string Entry, bool Antonym, int Start, int End, string Words);
