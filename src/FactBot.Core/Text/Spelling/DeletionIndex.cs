namespace FactBot.Core.Text.Spelling;

/// <summary>
/// Candidate words for a token, SymSpell-style (symmetric deletions): each word is filed under every string made by
/// deleting up to its allowed number of letters, and a token's candidates are the words filed under any of the token's
/// own deletions. An insertion, deletion, substitution or transposition deletes at most one letter on each side, so
/// every word within that many edits is found, together with a few farther ones that the caller measures and drops.
/// Keys are 32-bit hashes of the deletions, so building makes no strings; a hash collision only adds a candidate.
/// </summary>
internal sealed class DeletionIndex
{
    // The top bits of a hash pick a bucket; a bucket is a short run of (hash, word) entries.
    private const int BucketBits = 16;

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
        Span<char> scratch = stackalloc char[2 * SpellingOptions.LongestWord];
        var filled = 0;
        for (var id = 0; id < words.Count; id++)
        {
            var count = Variants(words[id], deletions(words[id].Length), scratch, entryHashes.AsSpan(filled));
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
        Span<char> scratch = stackalloc char[2 * SpellingOptions.LongestWord];
        var count = 0;
        foreach (var hash in variants[..Variants(token, deletions, scratch, variants)])
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
    private static int Variants(ReadOnlySpan<char> word, int deletions, Span<char> scratch, Span<uint> variants)
    {
        var count = 0;
        variants[count++] = Hash(word);
        if (word.Length > SpellingOptions.LongestWord)
        {
            return count;
        }

        for (var i = 0; deletions >= 1 && i < word.Length; i++)
        {
            var once = Delete(word, i, scratch);
            variants[count++] = Hash(once);
            for (var j = i; deletions >= 2 && j < once.Length; j++)
            {
                variants[count++] = Hash(Delete(once, j, scratch[once.Length..]));
            }
        }

        return count;
    }

    private static Span<char> Delete(ReadOnlySpan<char> word, int at, Span<char> scratch)
    {
        word[..at].CopyTo(scratch);
        word[(at + 1)..].CopyTo(scratch[at..]);
        return scratch[..(word.Length - 1)];
    }

    private static uint Hash(ReadOnlySpan<char> text) => (uint)string.GetHashCode(text);

    private static int Bucket(uint hash) => (int)(hash >> (32 - BucketBits));
}
