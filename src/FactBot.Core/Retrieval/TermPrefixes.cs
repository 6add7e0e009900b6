using System.Collections.Frozen;

namespace FactBot.Core.Retrieval;

/// <summary>
/// The proper prefixes of the index's term keys, to tell whether a run of claim words could still grow into a term: the
/// reader stops lengthening a run as soon as no key starts with what it has read.
/// </summary>
internal sealed class TermPrefixes
{
    // Every proper prefix of every key (the empty one too): asked for every run of every claim, a hash lookup of the
    // span answers what a binary search over the keys did. Frozen, for the fastest lookups.
    private readonly FrozenSet<string> proper;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public TermPrefixes(IEnumerable<string> keys)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var spans = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in keys)
        {
            for (var length = 0; length < key.Length; length++)
            {
                spans.Add(key.AsSpan(0, length));
            }
        }

        proper = prefixes.ToFrozenSet(StringComparer.Ordinal);
        lookup = proper.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary><see cref="HasLonger(ReadOnlySpan{char})"/> for one word.</summary>
    public bool HasLonger(string word) => proper.Contains(word);

    /// <summary>True when some key is longer than <paramref name="prefix"/> and starts with it.</summary>
    public bool HasLonger(ReadOnlySpan<char> prefix) => lookup.Contains(prefix);
}
