using FactBot.Core.Facts;
using FactBot.Core.Reading;
using FactBot.Core.Text;

namespace FactBot.Core.Retrieval;

/// <summary>
/// The keys under which the index files a relation or context term: the compact stems of its words, and for a French
/// term also those of its words without accents. Two terms with the same keys are one term to the engine, which is
/// how <c>factbot seeds validate</c> finds inflections the stemmer already covers.
/// </summary>
internal static class TermKey
{
    /// <summary>The keys of <paramref name="term"/> and its number of words; none for a term of function words alone.</summary>
    public static string[] Of(string term, Language language, StemCache stems, out int words)
    {
        var tokens = Tokenizer.Tokenize(term).Where(t => !t.IsSymbol || t.Text is "$" or "%").ToArray();
        words = tokens.Length;

        // A word of function words alone ("in", "né" folded to "ne") would fire on any sentence; a phrase of them
        // ("been out", "is out") names its relation.
        if (tokens.Length == 0 || (tokens.Length == 1 && (LanguageWords.English.Contains(tokens[0].Text) || LanguageWords.French.Contains(tokens[0].Text))))
        {
            return [];
        }

        if (language != Language.French)
        {
            return [Tokenizer.Compact(tokens.Select(t => stems.Stems(t).En))];
        }

        var accented = Tokenizer.Compact(tokens.Select(t => stems.Stems(t).Fr));
        var plain = Tokenizer.Compact(tokens.Select(t => stems.Stems(t).FrPlain));
        return accented == plain ? [accented] : [accented, plain];
    }
}
