using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>Stems of words already seen; bounded, since claims can bring any word.</summary>
internal sealed class StemCache(IStemmer stemmer)
{
    private readonly WordMemo<(string En, string Fr, string FrPlain)> cache = new();

    /// <summary>
    /// English stem of the folded word; French stem of the accented word, folded afterwards; and French stem of the
    /// word without its accents, for French typed without them ("fondee" does not stem like "fondée").
    /// </summary>
    public (string En, string Fr, string FrPlain) Stems(Token token) => cache.Get(token.Accented, (token.Text, stemmer), static (accented, state) =>
    {
        var (word, stemmer) = state;
        return word.Length <= 2 || !word.Any(char.IsLetter)
            ? (word, word, word)
            : (stemmer.Stem(word, Language.English), TextFolding.Fold(stemmer.Stem(accented, Language.French)), stemmer.Stem(word, Language.French));
    });
}
