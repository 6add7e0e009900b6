using System.Globalization;

namespace FactBot.Functions.Chat;

/// <summary>Fits user and article text into a platform's length limits: cut at a text-element boundary (never inside a surrogate pair or before a combining mark), with an ellipsis.</summary>
public static class ChatText
{
    public const string Ellipsis = "…";

    /// <summary><paramref name="text"/>, or its longest prefix that fits in <paramref name="maxLength"/> UTF-16 units with an ellipsis.</summary>
    public static string Truncate(string text, int maxLength) => Fit(text, static t => t, maxLength);

    /// <summary>
    /// The escaped text when it fits in <paramref name="maxLength"/>; else the escaped longest prefix of the raw text that
    /// fits with an ellipsis after it. The raw text is cut, never its escaped form, so no escape sequence is split.
    /// </summary>
    public static string Fit(string raw, Func<string, string> escape, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(escape);
        var whole = escape(raw);
        if (whole.Length <= maxLength)
        {
            return whole;
        }

        if (maxLength < Ellipsis.Length)
        {
            return string.Empty;
        }

        // Cut points are the starts of text elements; the escaped length only grows with the prefix, so search it.
        var starts = StringInfo.ParseCombiningCharacters(raw);
        int low = 0, high = starts.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (escape(raw[..starts[middle]].TrimEnd()).Length + Ellipsis.Length <= maxLength)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return escape(raw[..starts[low]].TrimEnd()) + Ellipsis;
    }
}
