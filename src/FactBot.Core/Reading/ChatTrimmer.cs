using System.Text.RegularExpressions;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>
/// Takes off what chat wraps around a claim: links, "is it true that …", "c vrai que …", tag questions and tails
/// ("…, right?", "…, non ?", "isn't it", "mdr"). The phrases are the languages' <c>openers</c> and <c>tails</c> lists.
/// </summary>
internal static partial class ChatTrimmer
{
    private static readonly string[][] Openers = Phrases("openers");
    private static readonly string[][] Tails = Phrases("tails");
    private static readonly string[][] Emphatics = Phrases("emphatics");

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    /// <summary>The claim without links: they name where something was said, never what.</summary>
    public static string WithoutLinks(string claim) => claim.Contains("http", StringComparison.OrdinalIgnoreCase) || claim.Contains("www.", StringComparison.OrdinalIgnoreCase)
        ? Link().Replace(claim, " ")
        : claim;

    /// <summary>The tokens between any opener and tail; <paramref name="asked"/> tells whether the message was a question.</summary>
    public static List<Token> Trim(List<Token> tokens, out bool asked)
    {
        asked = tokens.Count > 0 && tokens[^1].Text == "?";
        var from = 0;
        var to = tokens.Count;
        var changed = true;
        while (changed && from < to)
        {
            changed = false;
            to = SkipTrailingPunctuation(tokens, from, to);
            foreach (var tail in Tails)
            {
                // A one-word tail ("right", "non") only after a comma or before a question mark: "Ada was right" keeps it.
                var end = to;
                var start = end - tail.Length;
                if (start > from && Matches(tokens, start, tail) && (tail.Length > 1 || tokens[start - 1].Text == "," || (end < tokens.Count && tokens[end].Text == "?")))
                {
                    to = start;
                    changed = true;
                    break;
                }
            }

            while (from < to && tokens[from].IsSymbol)
            {
                from++;
            }

            foreach (var opener in Openers)
            {
                if (from + opener.Length < to && Matches(tokens, from, opener))
                {
                    from += opener.Length;
                    changed = true;
                    break;
                }
            }
        }

        to = SkipTrailingPunctuation(tokens, from, to);
        var kept = from == 0 && to == tokens.Count ? tokens : tokens.GetRange(from, to - from);
        return WithoutEmphatics(kept);
    }

    // "…, not the other way round", "et pas l'inverse": emphasis that repeats the claim, not a negation of it.
    private static List<Token> WithoutEmphatics(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var phrase in Emphatics)
            {
                if (i + phrase.Length <= tokens.Count && Matches(tokens, i, phrase))
                {
                    var start = i > 0 && tokens[i - 1].Text == "," ? i - 1 : i;
                    var rest = tokens.ToList();
                    rest.RemoveRange(start, i + phrase.Length - start);
                    return WithoutEmphatics(rest);
                }
            }
        }

        return tokens;
    }

    private static int SkipTrailingPunctuation(List<Token> tokens, int from, int to)
    {
        while (to > from && tokens[to - 1].IsSymbol && tokens[to - 1].Text is "," or "?" or "!" or "." or ";" or ":")
        {
            to--;
        }

        return to;
    }

    private static bool Matches(List<Token> tokens, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[start + k].Text != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    // Longest phrases first, so "fr fr" goes before "fr"; each phrase tokenized like a claim ("isn't it" is "is not it").
    private static string[][] Phrases(string list) => LanguageData.All
        .SelectMany(l => l.List(list))
        .Select(p => Tokenizer.Tokenize(p).Where(t => !t.IsSymbol).Select(t => t.Text).ToArray())
        .Where(p => p.Length > 0)
        .DistinctBy(p => string.Join(' ', p))
        .OrderByDescending(p => p.Length)
        .ToArray();
}
