using System.Collections.Frozen;
using F23.StringSimilarity;
using FactBot.Core.Facts;

namespace FactBot.Core.Text.Spelling;

/// <summary>
/// Reads a typed token as the vocabulary word it most likely misspells ("microsfot" → "microsoft", "fondatuer" →
/// "fondateur"), or leaves it alone. Precision first, since a wrong correction is far worse than none: numbers, tokens
/// with anything but letters and short tokens are never corrected; the distance is the optimal string alignment
/// distance (a transposition of adjacent letters is one edit), at most 1 or 2 by length (<see cref="SpellingOptions"/>);
/// the first letter must match unless the first two letters are swapped; only a unique closest word is taken, or, with a
/// stemmer, closest words that are forms of one word ("investd": invest, invests, invested); and a real English or French
/// word (<see cref="WordList"/>) is never taken for a typo. Built once per vocabulary; safe for
/// concurrent readers.
/// </summary>
internal sealed class SpellingCorrector
{
    // More candidates than this for one token means a degenerate vocabulary: no correction rather than a guess.
    private const int MostCandidates = 256;

    private static readonly OptimalStringAlignment Distance = new();

    private readonly SpellingOptions options;
    private readonly FrozenSet<string> vocabulary;
    private readonly string[] targets;
    private readonly DeletionIndex index;
    private readonly WordList[] realWords;
    private readonly CorrectionCache cache;
    private readonly IStemmer? stemmer;

    /// <param name="vocabulary">The folded lower-case words the engine knows.</param>
    /// <param name="options">The thresholds; <see cref="SpellingOptions.Default"/> when null.</param>
    /// <param name="realWords">Words that are never typos; the general English and French lists when null.</param>
    /// <param name="stemmer">When given, a tie between forms of one word (one stem in English or in French) is no tie.</param>
    public SpellingCorrector(IEnumerable<string> vocabulary, SpellingOptions? options = null, IReadOnlyList<WordList>? realWords = null, IStemmer? stemmer = null)
    {
        this.stemmer = stemmer;
        this.options = options ?? SpellingOptions.Default;
        this.options.Validate();
        this.vocabulary = vocabulary.ToFrozenSet(StringComparer.Ordinal);
        targets = [.. this.vocabulary.Where(IsCorrectable).Order(StringComparer.Ordinal)];
        index = new DeletionIndex(targets, this.options.AllowedEdits);
        this.realWords = realWords is null ? [WordList.English, WordList.French] : [.. realWords];
        cache = new CorrectionCache(this.options.CacheSize);
    }

    /// <summary>How many vocabulary words a token can be corrected to (letters only, long enough).</summary>
    public int TargetCount => targets.Length;

    /// <summary>The bytes of the deletion index (the strings themselves belong to the vocabulary).</summary>
    public long IndexBytes => index.Bytes;

    /// <summary>
    /// The vocabulary word a folded lower-case token misspells, if exactly one is close enough and the token is not a
    /// word in its own right (of the vocabulary or of English or French).
    /// </summary>
    public bool TryCorrect(string word, out Correction correction)
    {
        correction = default;
        if (!IsCorrectable(word) || vocabulary.Contains(word))
        {
            return false;
        }

        if (!cache.TryGet(word, out var found))
        {
            found = IsRealWord(word) ? null : Closest(word);
            cache.Set(word, found);
        }

        correction = found.GetValueOrDefault();
        return found.HasValue;
    }

    private bool IsCorrectable(string word) => options.AllowedEdits(word.Length) > 0 && IsLetters(word);

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsRealWord(string word)
    {
        foreach (var list in realWords)
        {
            if (list.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // The unique closest target within the allowed edits (or the first of closest forms of one word), or null.
    private Correction? Closest(string token)
    {
        Span<int> candidates = stackalloc int[MostCandidates];
        var count = index.Candidates(token, options.AllowedEdits(token.Length), candidates);
        if (count < 0)
        {
            return null;
        }

        var bestEdits = int.MaxValue;
        var closest = 0;
        foreach (var id in candidates[..count])
        {
            var edits = Edits(token, targets[id]);
            if (edits < bestEdits)
            {
                (bestEdits, closest) = (edits, 0);
            }

            if (edits == bestEdits && edits != int.MaxValue)
            {
                candidates[closest++] = id;
            }
        }

        if (closest == 0 || (closest > 1 && !FormsOfOneWord(candidates[..closest])))
        {
            return null;
        }

        var first = candidates[0];
        foreach (var id in candidates[1..closest])
        {
            first = Math.Min(first, id);
        }

        return new Correction(targets[first], bestEdits);
    }

    // Forms of one word: linked by shared stems, English or French ("invested" ~ "invest" ~ the French "investi").
    private bool FormsOfOneWord(ReadOnlySpan<int> ids)
    {
        if (stemmer is null)
        {
            return false;
        }

        var stems = new (string En, string Fr)[ids.Length];
        for (var k = 0; k < ids.Length; k++)
        {
            stems[k] = (stemmer.Stem(targets[ids[k]], Language.English), stemmer.Stem(targets[ids[k]], Language.French));
        }

        var linked = new bool[ids.Length];
        linked[0] = true;
        for (var grew = true; grew;)
        {
            grew = false;
            for (var k = 0; k < ids.Length; k++)
            {
                if (!linked[k] && Enumerable.Range(0, ids.Length).Any(j => linked[j] && (stems[j].En == stems[k].En || stems[j].Fr == stems[k].Fr)))
                {
                    linked[k] = grew = true;
                }
            }
        }

        return Array.TrueForAll(linked, l => l);
    }

    // The edits from token to word under the rules, or int.MaxValue when the word is out of reach.
    private int Edits(string token, string word)
    {
        var allowed = options.AllowedEdits(token.Length, word.Length);
        if (Math.Abs(token.Length - word.Length) > allowed)
        {
            return int.MaxValue;
        }

        int edits;
        if (token[0] == word[0])
        {
            edits = (int)Distance.Distance(token, word);
        }
        else if (token[0] == word[1] && token[1] == word[0])
        {
            // The first letter may only differ by a swap of the first two: that swap, then the rest.
            edits = 1 + (int)Distance.Distance<char>(token.AsSpan(2), word.AsSpan(2));
        }
        else
        {
            return int.MaxValue;
        }

        return edits <= allowed ? edits : int.MaxValue;
    }
}
