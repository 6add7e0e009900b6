using System.Collections.Concurrent;
using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Claims;

/// <summary>Stems of words already seen; bounded, since claims can bring any word.</summary>
internal sealed class StemCache(IStemmer stemmer)
{
    private const int Capacity = 50_000;
    private readonly ConcurrentDictionary<string, (string En, string Fr)> cache = new(StringComparer.Ordinal);

    public (string En, string Fr) Stems(string word)
    {
        if (cache.TryGetValue(word, out var stems))
        {
            return stems;
        }

        stems = word.Length <= 2 || !word.Any(char.IsLetter)
            ? (word, word)
            : (stemmer.Stem(word, Language.English), stemmer.Stem(word, Language.French));
        if (cache.Count < Capacity)
        {
            cache.TryAdd(word, stems);
        }

        return stems;
    }
}
