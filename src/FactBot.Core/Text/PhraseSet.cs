using System.Collections.Frozen;

namespace FactBot.Core.Text;

/// <summary>
/// Phrases of folded words, each with a value, matched against a claim's tokens without allocating: looked up by
/// their first word (or last, for phrases that end a claim), longest first.
/// </summary>
internal sealed class PhraseSet<T>
{
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]> byFirst;
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]> byLast;

    public PhraseSet(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var list = phrases
            .Select(p => (Words: Tokenizer.Tokenize(p.Phrase).Where(t => !t.IsSymbol).Select(t => t.Text).ToArray(), p.Value))
            .Where(p => p.Words.Length > 0)
            .DistinctBy(p => string.Join(' ', p.Words))
            .OrderByDescending(p => p.Words.Length)
            .ToArray();
        byFirst = list.GroupBy(p => p.Words[0], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        byLast = list.GroupBy(p => p.Words[^1], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Count = list.Length;
    }

    public int Count { get; }

    /// <summary>The longest phrase starting at <paramref name="start"/>, not reaching past <paramref name="limit"/>.</summary>
    public bool TryMatchAt(IReadOnlyList<Token> tokens, int start, int limit, out int length, out T value)
    {
        if (start < limit && byFirst.TryGetValue(tokens[start].Text, out var candidates))
        {
            foreach (var (words, v) in candidates)
            {
                if (start + words.Length <= limit && Matches(tokens, start, words))
                {
                    (length, value) = (words.Length, v);
                    return true;
                }
            }
        }

        (length, value) = (0, default!);
        return false;
    }

    public bool TryMatchAt(IReadOnlyList<Token> tokens, int start, out int length, out T value) =>
        TryMatchAt(tokens, start, tokens.Count, out length, out value);

    /// <summary>The longest phrase ending just before <paramref name="end"/>, not starting before <paramref name="from"/>.</summary>
    public bool TryMatchEndingAt(IReadOnlyList<Token> tokens, int from, int end, out int length) =>
        TryMatchEndingAt(tokens, from, end, out length, out _);

    public bool TryMatchEndingAt(IReadOnlyList<Token> tokens, int from, int end, out int length, out T value)
    {
        if (end > from && byLast.TryGetValue(tokens[end - 1].Text, out var candidates))
        {
            foreach (var (words, v) in candidates)
            {
                if (end - words.Length >= from && Matches(tokens, end - words.Length, words))
                {
                    (length, value) = (words.Length, v);
                    return true;
                }
            }
        }

        (length, value) = (0, default!);
        return false;
    }

    /// <summary>Whether a phrase ends just before <paramref name="start"/> ("according to" before a name).</summary>
    public bool EndsBefore(IReadOnlyList<Token> tokens, int start) => TryMatchEndingAt(tokens, 0, start, out _);

    private static bool Matches(IReadOnlyList<Token> tokens, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(tokens[start + k].Text, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
