using System.Collections.Concurrent;
using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>Stems of words already seen; bounded, since claims can bring any word.</summary>
internal sealed class StemCache(IStemmer stemmer)
{
    private const int Capacity = 50_000;
    private readonly ConcurrentDictionary<string, (string En, string Fr, string FrPlain)> cache = new(StringComparer.Ordinal);

    /// <summary>
    /// English stem of the folded word; French stem of the accented word, folded afterwards; and French stem of the
    /// word without its accents, for French typed without them ("fondee" does not stem like "fondée").
    /// </summary>
    public (string En, string Fr, string FrPlain) Stems(Token token)
    {
        var key = token.Accented;
        if (cache.TryGetValue(key, out var stems))
        {
            return stems;
        }

        var word = token.Text;
        stems = word.Length <= 2 || !word.Any(char.IsLetter)
            ? (word, word, word)
            : (stemmer.Stem(word, Language.English), TextFolding.Fold(stemmer.Stem(token.Accented, Language.French)), stemmer.Stem(word, Language.French));
        if (cache.Count < Capacity)
        {
            cache.TryAdd(key, stems);
        }

        return stems;
    }
}
