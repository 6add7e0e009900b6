using FactBot.Core.Facts;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;
using FactBot.Core.Text;

namespace FactBot.Cli.Authoring;

/// <summary>
/// Finds the shared lexicon's entries in a sentence as the engine finds a record's relation words in a claim: by the
/// compact stems of each term (<see cref="TermKey"/>), longest first, shorter terms from the same word counting too.
/// </summary>
internal sealed class LexiconMatcher
{
    private readonly Dictionary<string, List<(string Entry, bool Antonym)>> english = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Entry, bool Antonym)>> french = new(StringComparer.Ordinal);
    private readonly int maxWords = 1;

    public LexiconMatcher(IEnumerable<TermGroup> entries, StemCache stems)
    {
        foreach (var entry in entries)
        {
            foreach (var (terms, antonym) in new[] { (entry.Terms, false), (entry.Antonyms, true) })
            {
                foreach (var (term, language) in terms.All)
                {
                    var keys = TermKey.Of(term, language, stems, out var words);
                    maxWords = Math.Max(maxWords, keys.Length > 0 ? words : 1);
                    foreach (var key in keys)
                    {
                        var index = language == Language.French ? french : english;
                        if (!index.TryGetValue(key, out var list))
                        {
                            index[key] = list = [];
                        }

                        if (!list.Contains((entry.Id, antonym)))
                        {
                            list.Add((entry.Id, antonym));
                        }
                    }
                }
            }
        }
    }

    /// <summary>The entries the free tokens of a sentence use (names and amounts are <paramref name="blocked"/>), in order.</summary>
    public IReadOnlyList<LexiconMatch> Match(IReadOnlyList<Token> tokens, bool[] blocked, Language language)
    {
        var index = language == Language.French ? french : english;
        var matches = new List<LexiconMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            var run = 0;
            while (run < maxWords && i + run < tokens.Count && !blocked[i + run] && !(tokens[i + run].IsSymbol && tokens[i + run].Text is not "$"))
            {
                run++;
            }

            var longest = 0;
            for (var length = run; length >= 1; length--)
            {
                // A function word alone is never a term.
                if (length == 1 && (LanguageWords.English.Contains(tokens[i].Text) || LanguageWords.French.Contains(tokens[i].Text)))
                {
                    continue;
                }

                var span = tokens.Skip(i).Take(length).ToArray();
                var keys = language == Language.French
                    ? new[] { Tokenizer.Compact(span.Select(t => t.FrenchStem)), Tokenizer.Compact(span.Select(t => t.FrenchPlainStem)) }
                    : [Tokenizer.Compact(span.Select(t => t.EnglishStem))];
                foreach (var (entry, antonym) in keys.Distinct().SelectMany(k => index.GetValueOrDefault(k) ?? []).Distinct())
                {
                    if (!matches.Any(m => m.Entry == entry && m.Antonym == antonym && m.Start == i))
                    {
                        matches.Add(new LexiconMatch(entry, antonym, i, i + length, string.Join(' ', span.Select(t => t.Surface))));
                    }

                    longest = Math.Max(longest, length);
                }
            }

            i += Math.Max(1, longest);
        }

        return matches;
    }
}
