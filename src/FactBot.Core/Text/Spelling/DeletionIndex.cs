namespace FactBot.Core.Text.Spelling;

/// <summary>
/// Candidate words for a token, SymSpell-style (symmetric deletions): each word is filed under every string made by
/// deleting up to its allowed number of letters, and a token's candidates are the words filed under any of the token's
/// own deletions. An insertion, deletion, substitution or transposition deletes at most one letter on each side, so
/// every word within that many edits is found, together with a few farther ones that the caller measures and drops.
/// Keys are 32-bit polynomial hashes of the deletions, each computed in constant time from the word's prefix hashes,
/// so neither building nor a lookup makes or copies a string; a hash collision only adds a candidate.
/// </summary>
internal sealed class DeletionIndex
{
    // The top bits of a hash pick a bucket; a bucket is a short run of (hash, word) entries.
    private const int BucketBits = 16;

    // An odd multiplier (the golden ratio in 32 bits) for the polynomial hash; arithmetic wraps modulo 2^32.
    private const uint Base = 0x9E3779B1;

    private static readonly uint[] Powers = PowersOfBase();

    private readonly int[] bucketStarts = new int[(1 << BucketBits) + 1];
    private readonly uint[] hashes;
    private readonly int[] words;

    /// <param name="words">The words to file (each at most <see cref="SpellingOptions.LongestWord"/> letters).</param>
    /// <param name="deletions">How many letters may be deleted from a word of the given length (0 to 2).</param>
    public DeletionIndex(IReadOnlyList<string> words, Func<int, int> deletions)
    {
        var total = 0;
        foreach (var word in words)
        {
            total += VariantCount(word.Length, deletions(word.Length));
        }

        // Every (hash, word) entry once, then placed bucket by bucket (a counting sort: no comparison sort needed,
        // since a lookup scans its bucket; the same deletion made twice from one word is dropped by the lookup).
        var entryHashes = new uint[total];
        var entryWords = new int[total];
        var filled = 0;
        for (var id = 0; id < words.Count; id++)
        {
            var count = Variants(words[id], deletions(words[id].Length), entryHashes.AsSpan(filled));
            entryWords.AsSpan(filled, count).Fill(id);
            filled += count;
        }

        foreach (var hash in entryHashes)
        {
            bucketStarts[Bucket(hash) + 1]++;
        }

        for (var b = 1; b < bucketStarts.Length; b++)
        {
            bucketStarts[b] += bucketStarts[b - 1];
        }

        hashes = new uint[total];
        this.words = new int[total];
        var next = bucketStarts[..^1];
        for (var i = 0; i < total; i++)
        {
            var at = next[Bucket(entryHashes[i])]++;
            hashes[at] = entryHashes[i];
            this.words[at] = entryWords[i];
        }
    }

    /// <summary>The bytes the index occupies.</summary>
    public long Bytes => (hashes.Length * 8L) + (bucketStarts.Length * 4L);

    /// <summary>
    /// Writes the distinct candidate word ids for the token into <paramref name="found"/> and returns how many, or -1
    /// when there are more than it holds.
    /// </summary>
    public int Candidates(ReadOnlySpan<char> token, int deletions, Span<int> found)
    {
        Span<uint> variants = stackalloc uint[VariantCount(token.Length, deletions)];
        var count = 0;
        foreach (var hash in variants[..Variants(token, deletions, variants)])
        {
            var bucket = Bucket(hash);
            for (var i = bucketStarts[bucket]; i < bucketStarts[bucket + 1]; i++)
            {
                if (hashes[i] == hash && !found[..count].Contains(words[i]))
                {
                    if (count == found.Length)
                    {
                        return -1;
                    }

                    found[count++] = words[i];
                }
            }
        }

        return count;
    }

    private static int VariantCount(int length, int deletions) =>
        length > SpellingOptions.LongestWord ? 1 : 1 + (deletions >= 1 ? length : 0) + (deletions >= 2 ? length * (length - 1) / 2 : 0);

    // The hashes of the word and of every string made by deleting one letter, or two (positions i < j), from it.
    // With prefix[k] the hash of word[..k], the hash of word[a..b] is prefix[b] - prefix[a] * Base^(b - a).
    private static int Variants(ReadOnlySpan<char> word, int deletions, Span<uint> variants)
    {
        var n = word.Length;
        if (n > SpellingOptions.LongestWord)
        {
            variants[0] = Mix(Hash(word));
            return 1;
        }

        Span<uint> prefix = stackalloc uint[n + 1];
        for (var k = 0; k < n; k++)
        {
            prefix[k + 1] = (prefix[k] * Base) + word[k];
        }

        var count = 0;
        variants[count++] = Mix(prefix[n]);
        for (var i = 0; deletions >= 1 && i < n; i++)
        {
            var tail = prefix[n] - (prefix[i + 1] * Powers[n - 1 - i]);
            variants[count++] = Mix((prefix[i] * Powers[n - 1 - i]) + tail);
            for (var j = i + 1; deletions >= 2 && j < n; j++)
            {
                var middle = prefix[j] - (prefix[i + 1] * Powers[j - i - 1]);
                var end = prefix[n] - (prefix[j + 1] * Powers[n - 1 - j]);
                variants[count++] = Mix((prefix[i] * Powers[n - 2 - i]) + (middle * Powers[n - 1 - j]) + end);
            }
        }

        return count;
    }

    private static uint Hash(ReadOnlySpan<char> text)
    {
        var hash = 0u;
        foreach (var c in text)
        {
            hash = (hash * Base) + c;
        }

        return hash;
    }

    // A bijective finaliser (MurmurHash3's): equal hashes stay equal, and the top bits that pick a bucket get mixed.
    private static uint Mix(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35;
        return hash ^ (hash >> 16);
    }

    private static uint[] PowersOfBase()
    {
        var powers = new uint[SpellingOptions.LongestWord + 1];
        powers[0] = 1;
        for (var k = 1; k < powers.Length; k++)
        {
            powers[k] = powers[k - 1] * Base;
        }

        return powers;
    }

    private static int Bucket(uint hash) => (int)(hash >> (32 - BucketBits));
}
