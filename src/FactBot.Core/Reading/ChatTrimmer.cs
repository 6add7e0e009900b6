using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>
/// Takes off what chat wraps around a claim: links, "is it true that …", "c vrai que …", tag questions and tails
/// ("…, right?", "…, non ?", "isn't it", "mdr"). The phrases are the languages' <c>openers</c> and <c>tails</c> lists.
/// </summary>
internal static partial class ChatTrimmer
{
    private static readonly PhraseSet<bool> Openers = PhraseList.Of("openers");
    private static readonly PhraseSet<bool> DenyingOpeners = PhraseList.Of("denyingOpeners");
    private static readonly PhraseSet<bool> Tails = PhraseList.Of("tails");
    private static readonly PhraseSet<bool> Emphatics = PhraseList.Of("emphatics");
    private static readonly PhraseSet<bool> NegatedCleftFrames = PhraseList.Of("negatedCleftFrames");
    private static readonly FrozenSet<string> CleftPronouns = LanguageData.Both("cleftPronouns");

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    // Slack, Teams and Discord write an emoji as its name between colons (":rocket:", ":thumbsup::skin-tone-2:").
    [GeneratedRegex(@"(?<!\w):[a-z0-9_+\-]{2,}:(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmojiShortcode();

    /// <summary>The claim without links and emoji shortcodes: links name where something was said, never what.</summary>
    public static string WithoutLinksAndEmojiCodes(string claim)
    {
        var text = claim.Contains("http", StringComparison.OrdinalIgnoreCase) || claim.Contains("www.", StringComparison.OrdinalIgnoreCase)
            ? Link().Replace(claim, " ")
            : claim;
        return text.Contains(':', StringComparison.Ordinal) ? EmojiShortcode().Replace(text, " ") : text;
    }

    /// <summary>
    /// The tokens between any opener and tail; <paramref name="asked"/> tells whether the message was a question,
    /// <paramref name="denied"/> whether an opener denies what follows ("it's not true that …", "c'est faux de dire que …").
    /// </summary>
    public static List<Token> Trim(List<Token> tokens, out bool asked, out bool denied)
    {
        asked = tokens.Count > 0 && tokens[^1].Text == "?";
        denied = false;
        var from = 0;
        var to = tokens.Count;
        var changed = true;
        while (changed && from < to)
        {
            changed = false;
            to = SkipTrailingPunctuation(tokens, from, to);
            // A one-word tail ("right", "non") only after a comma or before a question mark: "Ada was right" keeps it.
            if (Tails.TryMatchEndingAt(tokens, from + 1, to, out var tail)
                && (tail > 1 || tokens[to - 2].Text == "," || (to < tokens.Count && tokens[to].Text == "?")))
            {
                to -= tail;
                changed = true;
            }

            // "@" stays with its handle: the reader tells a handle ("@factbot") from a name ("@adaquill").
            while (from < to && tokens[from].IsSymbol && tokens[from].Text != "@")
            {
                from++;
            }

            if (DenyingOpeners.TryMatchAt(tokens, from, to - 1, out var denial, out _) || NegatedCleft(tokens, from, to, out denial))
            {
                from += denial;
                denied = !denied;
                changed = true;
            }
            else if (Openers.TryMatchAt(tokens, from, to - 1, out var opener, out _))
            {
                from += opener;
                changed = true;
            }
        }

        to = SkipTrailingPunctuation(tokens, from, to);
        var kept = from == 0 && to == tokens.Count ? tokens : tokens.GetRange(from, to - from);
        return WithoutEmphatics(kept);
    }

    // "It wasn't Ada who founded Acme", "c'est pas Ada qui …": the cleft denies what follows; "it wasn't until 2019
    // that …" does not (it dates it).
    private static bool NegatedCleft(List<Token> tokens, int from, int to, out int length)
    {
        const int MaxNameWords = 5;
        if (!NegatedCleftFrames.TryMatchAt(tokens, from, to - 1, out length, out _))
        {
            return false;
        }

        for (var k = from + length + 1; k < to && k <= from + length + MaxNameWords; k++)
        {
            if (LanguageWords.UntilWords.Contains(tokens[k - 1].Text) || tokens[k - 1].IsNumber)
            {
                return false;
            }

            if (CleftPronouns.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "…, not the other way round", "et pas l'inverse": emphasis that repeats the claim, not a negation of it.
    private static List<Token> WithoutEmphatics(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Emphatics.TryMatchAt(tokens, i, out var length, out _))
            {
                var start = i > 0 && tokens[i - 1].Text == "," ? i - 1 : i;
                var rest = tokens.ToList();
                rest.RemoveRange(start, i + length - start);
                return WithoutEmphatics(rest);
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
}
