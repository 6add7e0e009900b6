using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>
/// The concatenated stems (or words) of the first 1…n tokens of a run, kept in one buffer so each prefix is a span of it
/// (the index's term and alias keys are compact: written together without spaces).
/// </summary>
internal sealed class StemPrefixes
{
    private readonly IReadOnlyList<Token> tokens;
    private readonly Func<Token, string> stem;
    private readonly int[] ends;
    private char[] buffer;
    private int first;
    private int available;
    private int filled;

    public StemPrefixes(IReadOnlyList<Token> tokens, int maxTokens, Func<Token, string> stem)
    {
        this.tokens = tokens;
        this.stem = stem;
        ends = new int[maxTokens + 1];
        buffer = new char[64];
    }

    /// <summary>Starts a run at tokens[start], of at most length tokens; stems are copied as prefixes ask for them.</summary>
    public void Start(int start, int length)
    {
        (first, available, filled) = (start, length, 0);
    }

    // Most runs are asked for a word or two of their eight: copying every stem at once was most of the scan's work.
    public ReadOnlySpan<char> Prefix(int length)
    {
        while (filled < length && filled < available)
        {
            Append();
        }

        return buffer.AsSpan(0, ends[length]);
    }

    private void Append()
    {
        var position = ends[filled];
        var text = stem(tokens[first + filled]);
        if (position + text.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, position + text.Length));
        }

        text.CopyTo(buffer.AsSpan(position));
        ends[++filled] = position + text.Length;
    }
}
