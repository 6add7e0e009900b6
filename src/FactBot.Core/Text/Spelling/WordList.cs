using System.IO.Compression;
using System.Text;

namespace FactBot.Core.Text.Spelling;

/// <summary>
/// A large set of folded words (letters a-z), such as the general English and French words (words-en.txt.gz and
/// words-fr.txt.gz, embedded). Held as one byte block per word length, each word exactly that many bytes, in ordinal
/// order: 600,000 words cost their letters and nothing else, and a lookup is a binary search without allocation.
/// </summary>
internal sealed class WordList
{
    private static readonly Lazy<WordList> EnglishList = new(() => LoadEmbedded("words-en.txt.gz"));

    private static readonly Lazy<WordList> FrenchList = new(() => LoadEmbedded("words-fr.txt.gz"));

    // blocks[n] holds the words of n letters back to back.
    private readonly byte[][] blocks;

    private WordList(byte[][] blocks)
    {
        this.blocks = blocks;
        for (var length = 1; length < blocks.Length; length++)
        {
            Count += blocks[length].Length / length;
            Bytes += blocks[length].Length;
        }
    }

    /// <summary>General English words (loaded on first use, then shared).</summary>
    public static WordList English => EnglishList.Value;

    /// <summary>General French words, accents folded away (loaded on first use, then shared).</summary>
    public static WordList French => FrenchList.Value;

    /// <summary>Starts loading both lists on the thread pool: unpacking them takes about as long as building an index.</summary>
    public static void LoadInBackground() => _ = Task.Run(() => (English, French));

    public int Count { get; }

    /// <summary>The bytes the words occupy in memory.</summary>
    public long Bytes { get; }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length >= blocks.Length)
        {
            return false;
        }

        Span<byte> key = stackalloc byte[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] is < 'a' or > 'z')
            {
                return false;
            }

            key[i] = (byte)word[i];
        }

        var block = blocks[word.Length];
        int low = 0, high = (block.Length / word.Length) - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = block.AsSpan(middle * word.Length, word.Length).SequenceCompareTo(key);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    /// <summary>A list of the given folded words (any order, duplicates allowed).</summary>
    public static WordList FromWords(IEnumerable<string> words)
    {
        var sorted = words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return FromText(Encoding.ASCII.GetBytes(string.Concat(sorted.Select(w => w + "\n"))));
    }

    /// <summary>Reads a gzipped list: one word a line, letters a-z, in ordinal order.</summary>
    public static WordList Load(Stream gzip)
    {
        using var text = new MemoryStream();
        using (var inflater = new GZipStream(gzip, CompressionMode.Decompress, leaveOpen: true))
        {
            inflater.CopyTo(text);
        }

        return FromText(text.GetBuffer().AsSpan(0, (int)text.Length));
    }

    private static WordList LoadEmbedded(string file)
    {
        var name = $"FactBot.Core.Text.Spelling.{file}";
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded word list {name} is missing from the build.");
        return Load(stream);
    }

    private static WordList FromText(ReadOnlySpan<byte> text)
    {
        var counts = new int[SpellingOptions.LongestWord + 1];
        foreach (var range in text.Split((byte)'\n'))
        {
            var length = text[range].Length;
            if (length is > 0 and < SpellingOptions.LongestWord + 1)
            {
                counts[length]++;
            }
        }

        var blocks = counts.Select((count, length) => new byte[count * length]).ToArray();
        var filled = new int[counts.Length];
        foreach (var range in text.Split((byte)'\n'))
        {
            var word = text[range];
            if (word.Length is > 0 and < SpellingOptions.LongestWord + 1)
            {
                Append(blocks[word.Length], ref filled[word.Length], word);
            }
        }

        return new WordList(blocks);
    }

    private static void Append(byte[] block, ref int filled, ReadOnlySpan<byte> word)
    {
        if (word.ContainsAnyExceptInRange((byte)'a', (byte)'z'))
        {
            throw new InvalidDataException($"Word list entry \"{Encoding.ASCII.GetString(word)}\" is not folded letters a-z.");
        }

        // The binary search needs ordinal order; a list built by another tool must not silently break it.
        if (filled > 0 && block.AsSpan(filled - word.Length, word.Length).SequenceCompareTo(word) >= 0)
        {
            throw new InvalidDataException($"Word list entry \"{Encoding.ASCII.GetString(word)}\" is out of order or repeated.");
        }

        word.CopyTo(block.AsSpan(filled));
        filled += word.Length;
    }
}
