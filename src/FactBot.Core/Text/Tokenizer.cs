using System.Collections.Frozen;
using System.Text;

namespace FactBot.Core.Text;

/// <summary>
/// Splits text into tokens: words (with French elision and English contractions undone), digit runs, currency
/// symbols and clause punctuation. Hyphens split words but are remembered as <see cref="Token.JoinedToNext"/>.
/// </summary>
public static class Tokenizer
{
    // French elided articles and pronouns: "l'entreprise" is "le entreprise", "qu'elle" is "que elle".
    private static readonly Dictionary<string, string> Elisions =
        LanguageData.French.Map(string.Empty, "elisions").ToDictionary(kv => kv.Key, kv => kv.Value.GetString()!, StringComparer.Ordinal);

    private static readonly WordMemo<(string Lower, string Surface, string Accented)> AccentedForms = new();

    // Read from the word lists directly: LanguageWords builds its phrase sets with this tokenizer.
    private static readonly HashSet<string> ElisionHosts = new(LanguageData.French.List("function").Concat(LanguageData.French.List("elisionHosts")), StringComparer.Ordinal);
    private static readonly FrozenSet<string> MixedShorthands = LanguageData.All
        .SelectMany(l => l.Map(string.Empty, "shorthands").Keys)
        .Where(k => k.Any(char.IsAsciiDigit) && k.Any(char.IsAsciiLetter))
        .ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, string> BareContractions = LanguageData.English.Map(string.Empty, "bareContractions")
        .ToFrozenDictionary(kv => kv.Key, kv => kv.Value.GetString()!, StringComparer.Ordinal);
    private static readonly HashSet<string> BareElisions = new(LanguageData.French.List("bareElisions"), StringComparer.Ordinal);
    private static readonly HashSet<string> BareElisionsBeforeHosts = new(LanguageData.French.List("bareElisionsBeforeHosts"), StringComparer.Ordinal);

    public static List<Token> Tokenize(string text)
    {
        // Scan the accent-keeping form so each word keeps its accents; Text is folded word by word.
        var folded = TextFolding.KeepAccents(text);
        var tokens = new List<Token>();
        var i = 0;
        var quoting = false;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (c == '\'' && IsSingleQuote(folded, i, quoting))
            {
                // "the 'Open' in OpenLabs": single quotes around words are quotation marks, like double ones.
                Add(tokens, "\"", capitalized: false, joinedToNext: false, isNumber: false, isSymbol: true);
                quoting = !quoting;
                i++;
                continue;
            }

            if (MixedShorthandAt(folded, i) is > 0 and var shorthand)
            {
                // "b4", "2day": a shorthand of letters and digits stays one word, for the reader to expand.
                AddWord(tokens, folded.Substring(i, shorthand), IsJoined(folded, i + shorthand));
                i += shorthand;
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                var before = tokens.Count;
                while (i < folded.Length && (char.IsLetter(folded[i]) || IsMark(folded[i]) || (folded[i] == '\'' && i + 1 < folded.Length && char.IsLetter(folded[i + 1]))))
                {
                    i++;
                }

                // A letter run followed directly by digits ("abc4", "1bn" is handled by the digit branch).
                AddWord(tokens, folded[start..i], IsJoined(folded, i));
                if (start > 0 && folded[start - 1] == '#')
                {
                    MarkHashtag(tokens, before);
                }
            }
            else if (IsChatYear(folded, i))
            {
                // "2k19", "2K23": chat's way of writing a year of this century.
                Add(tokens, string.Concat("20", folded.AsSpan(i + 2, 2)), capitalized: false, IsJoined(folded, i + 4), isNumber: true, isSymbol: false);
                i += 4;
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < folded.Length && (char.IsDigit(folded[i]) || ((folded[i] is '.' or ',') && i + 1 < folded.Length && char.IsDigit(folded[i + 1]))))
                {
                    i++;
                }

                Add(tokens, folded[start..i], capitalized: false, IsJoined(folded, i), isNumber: true, isSymbol: false);
            }
            else if (c == '@' && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]))
            {
                // "@factbot": kept, joined to the handle, so the reader can tell a handle from a word.
                Add(tokens, "@", capitalized: false, joinedToNext: true, isNumber: false, isSymbol: true);
                i++;
            }
            else if (IsDashPause(folded, i))
            {
                // "OpenLabs — the company she founded in 2015": a dash sets off an aside as a comma does.
                Add(tokens, ",", capitalized: false, joinedToNext: false, isNumber: false, isSymbol: true);
                i++;
            }
            else if (c is '$' or '\u20AC' or '\u00A3' or '%' or '?' or ';' or ':' or ',' or '.' or '!' or '"' or '\u00AB' or '\u00BB' or '(' or ')')
            {
                var symbol = c switch
                {
                    '\u00AB' or '\u00BB' => "\"",
                    _ => c.ToString(),
                };
                Add(tokens, symbol, capitalized: false, joinedToNext: false, isNumber: false, isSymbol: true);
                i++;
            }
            else
            {
                i++;
            }
        }

        UndoBareElisions(tokens);
        return tokens;
    }

    // "elle s est retiree d acme", "l offre": chat drops the apostrophe. Before a vowel, the bareElisions ("d", "l",
    // "qu") are the elided words; the bareElisionsBeforeHosts ("s", "c", "n", "j") only before a French function word
    // ("s est", "c est", "n a", "j ai"), since "Ada s offer" is English.
    private static void UndoBareElisions(List<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (token, next) = (tokens[i], tokens[i + 1]);
            if (token.IsSymbol || next.IsSymbol || next.IsNumber || !Elisions.TryGetValue(token.Text, out var full) || !"aeiouyh".Contains(next.Text[0]))
            {
                continue;
            }

            if (BareElisions.Contains(token.Text) || (BareElisionsBeforeHosts.Contains(token.Text) && ElisionHosts.Contains(next.Text)))
            {
                tokens[i] = token with { Text = full, Surface = full, Accented = full };
            }
        }
    }

    // Opening: at the start or after a space or bracket, before a letter. Closing: after a letter, before no letter,
    // once one is open ("the founders' money" has none open, so its apostrophe is no quotation mark).
    private static bool IsSingleQuote(string text, int i, bool quoting) => quoting
        ? i > 0 && char.IsLetterOrDigit(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]))
        : (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[') && i + 1 < text.Length && char.IsLetter(text[i + 1]);

    // An em dash anywhere, or an en dash or hyphen with spaces round it ("2015-2019" and "co-founded" are no pause).
    private static bool IsDashPause(string text, int i) =>
        text[i] == '\u2014'
        || (text[i] is '\u2013' or '-' && (i == 0 || char.IsWhiteSpace(text[i - 1])) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));

    private static bool IsChatYear(string text, int i) =>
        text[i] == '2' && i + 3 < text.Length && text[i + 1] is 'k' or 'K' && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
        && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsLetterOrDigit(text[i + 4]));

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // The length of a letters-and-digits word at i that a language's shorthands map lists, else 0.
    private static int MixedShorthandAt(string text, int i)
    {
        if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return 0;
        }

        // Only a run with both letters and digits is looked up, so plain words cost no string.
        var (end, letters, digits) = (i, false, false);
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            letters |= char.IsAsciiLetter(text[end]);
            digits |= char.IsAsciiDigit(text[end]);
            end++;
        }

        return letters && digits && end - i is > 1 and < 6 && MixedShorthands.Contains(text.Substring(i, end - i).ToLowerInvariant()) ? end - i : 0;
    }

    private static bool IsJoined(string text, int end) =>
        end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '-' or '\u2010' or '\u2011' or '\u2013' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])));

    private static void AddWord(List<Token> tokens, string word, bool joinedToNext)
    {
        var capitalized = char.IsUpper(word[0]);
        var (lower, surface, accented) = Forms(word);
        var apostrophe = lower.IndexOf('\'', StringComparison.Ordinal);

        // "isnt", "didnt": chat drops the apostrophe of a negated auxiliary, which is still the auxiliary and "not".
        if (apostrophe < 0 && BareContractions.TryGetValue(lower, out var auxiliary))
        {
            Add(tokens, auxiliary, capitalized, joinedToNext: false, isNumber: false, isSymbol: false);
            Add(tokens, "not", capitalized: false, joinedToNext, isNumber: false, isSymbol: false);
            return;
        }

        if (apostrophe < 0)
        {
            tokens.Add(new Token(lower, tokens.Count, capitalized, joinedToNext, IsNumber: false, IsSymbol: false)
            {
                Surface = surface,
                Accented = accented,
            });
            return;
        }

        // Folding keeps one character per letter of the accent-keeping form, so positions agree.
        var head = lower[..apostrophe];
        var tail = lower[(apostrophe + 1)..];
        if (Elisions.TryGetValue(head, out var full))
        {
            Add(tokens, full, capitalized, joinedToNext: false, isNumber: false, isSymbol: false);
            AddWord(tokens, word[(apostrophe + 1)..], joinedToNext);
            return;
        }

        switch (tail)
        {
            case "t" when head.EndsWith('n'):
                // didn't, isn't, can't, won't
                var verb = head[..^1] switch
                {
                    "ca" => "can",
                    "wo" => "will",
                    "sha" => "shall",
                    var v => v,
                };
                Add(tokens, verb, capitalized, joinedToNext: false, isNumber: false, isSymbol: false);
                Add(tokens, "not", capitalized: false, joinedToNext, isNumber: false, isSymbol: false);
                return;
            case "s" or "":
                // Possessive or "it's": the name or word alone carries the meaning we compare.
                tokens.Add(new Token(head, tokens.Count, capitalized, joinedToNext, IsNumber: false, IsSymbol: false)
                {
                    Surface = word[..apostrophe],
                    Possessive = head is not ("it" or "that" or "what" or "who" or "there" or "he" or "she"),
                });
                return;
            case "re" or "ve" or "ll" or "d" or "m":
                Add(tokens, head, capitalized, joinedToNext: false, isNumber: false, isSymbol: false);
                return;
            default:
                Add(tokens, head + tail, capitalized, joinedToNext, isNumber: false, isSymbol: false);
                return;
        }
    }

    // A word's folded lower case, folded surface and accented lower case. Words with accents are normalised through
    // ICU three times, so their forms are kept (bounded: claims may bring any word); plain words cost nothing to fold.
    private static (string Lower, string Surface, string Accented) Forms(string word)
    {
        if (System.Text.Ascii.IsValid(word))
        {
            var lower = TextFolding.FoldLower(word);
            return (lower, word, lower);
        }

        return AccentedForms.Get(word, static w => (TextFolding.FoldLower(w), TextFolding.Fold(w), w.Normalize(NormalizationForm.FormC).ToLowerInvariant()));
    }

    private static void MarkHashtag(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            tokens[k] = tokens[k] with { Hashtag = true };
        }
    }

    private static void Add(List<Token> tokens, string text, bool capitalized, bool joinedToNext, bool isNumber, bool isSymbol) =>
        tokens.Add(new Token(text, tokens.Count, capitalized, joinedToNext, isNumber, isSymbol));

    /// <summary>The folded words of a term or alias, as one string without separators: "Open Corp" and "OpenCorp" agree.</summary>
    public static string Compact(IEnumerable<string> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part);
        }

        return builder.ToString();
    }
}
