using System.Globalization;
using System.Text;

namespace FactBot.Core.Text;

/// <summary>Unicode NFKC, lower case, no diacritics, one kind of apostrophe: the form every comparison uses.</summary>
public static class TextFolding
{
    public static string Fold(string text) => Normalize(text, keepAccents: false);

    /// <summary>NFKC, one apostrophe, ligatures spelled out; accents kept (the French stemmer needs them).</summary>
    public static string KeepAccents(string text) => Normalize(text, keepAccents: true);

    private static string Normalize(string text, bool keepAccents)
    {
        // Most words are plain ASCII: nothing to compose, strip or map.
        if (IsPlainAscii(text))
        {
            return text;
        }

        var decomposed = Normalizable(text).Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    if (keepAccents)
                    {
                        builder.Append(c);
                    }

                    continue;
            }

            switch (c)
            {
                case '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '`' or '\u2032':
                    builder.Append('\'');
                    break;
                case '\u0153':
                    builder.Append("oe");
                    break;
                case '\u0152':
                    builder.Append("OE");
                    break;
                case '\u00E6':
                    builder.Append("ae");
                    break;
                case '\u00C6':
                    builder.Append("AE");
                    break;
                case '\u00DF':
                    builder.Append("ss");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7E || c == '`')
            {
                return false;
            }
        }

        return true;
    }

    // string.Normalize throws on an unpaired surrogate and on U+FFFE: neither carries meaning, so each becomes U+FFFD first.
    private static string Normalizable(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && !text.Contains('\uFFFE', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) || text[i] == '\uFFFE' ? '\uFFFD' : text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Folded and lower-cased.</summary>
    public static string FoldLower(string text) => Fold(text).ToLowerInvariant();
}
