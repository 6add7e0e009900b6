using System.Text;

namespace FactBot.Functions.Chat.Telegram;

/// <summary>
/// Text for Telegram's HTML parse mode: &amp;, &lt; and &gt; as entities (so no tag can be injected), and a word joiner
/// (U+2060) after an '@' that starts a name, so that Telegram makes no mention of it and notifies nobody.
/// </summary>
public static class TelegramHtml
{
    public const char WordJoiner = '\u2060';

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '@' when i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '_') => escaped.Append('@').Append(WordJoiner),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
