using FactBot.Core.Text;

namespace FactBot.Core.Retrieval;

/// <summary>
/// The index's term keys in ordinal order, to tell whether a run of claim words could still grow into a term: the
/// reader stops lengthening a run as soon as no key starts with what it has read.
/// </summary>
internal sealed class TermPrefixes(IEnumerable<string> keys)
{
    private readonly string[] sorted = keys.Order(StringComparer.Ordinal).ToArray();

    // Asked for the first word of every run of every claim: answered once per word (bounded: claims bring any word).
    private readonly WordMemo<bool> words = new();

    /// <summary><see cref="HasLonger(ReadOnlySpan{char})"/> for one word, remembered.</summary>
    public bool HasLonger(string word) => words.Get(word, this, static (w, prefixes) => prefixes.HasLonger(w.AsSpan()));

    /// <summary>True when some key is longer than <paramref name="prefix"/> and starts with it.</summary>
    public bool HasLonger(ReadOnlySpan<char> prefix)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle].AsSpan().SequenceCompareTo(prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        // Keys starting with the prefix follow it directly, the prefix itself (if it is a key) first.
        for (var k = low; k < sorted.Length && k <= low + 1; k++)
        {
            if (sorted[k].Length > prefix.Length && sorted[k].AsSpan().StartsWith(prefix))
            {
                return true;
            }
        }

        return false;
    }
}
