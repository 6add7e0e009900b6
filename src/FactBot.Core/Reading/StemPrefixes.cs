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

    public StemPrefixes(IReadOnlyList<Token> tokens, int maxTokens, Func<Token, string> stem)
    {
        this.tokens = tokens;
        this.stem = stem;
        ends = new int[maxTokens + 1];
        buffer = new char[64];
    }

    /// <summary>Fills the buffer with the stems of tokens[start..start+length).</summary>
    public void Start(int start, int length)
    {
        var position = 0;
        for (var k = 0; k < length; k++)
        {
            var text = stem(tokens[start + k]);
            if (position + text.Length > buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, position + text.Length));
            }

            text.CopyTo(buffer.AsSpan(position));
            position += text.Length;
            ends[k + 1] = position;
        }
    }

    public ReadOnlySpan<char> Prefix(int length) => buffer.AsSpan(0, ends[length]);
}
