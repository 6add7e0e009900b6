using System.Text;

namespace FactBot.Functions.Chat.Discord;

/// <summary>
/// Discord markdown escaping: a backslash before each character that formats, quotes, links or mentions
/// (<c>\ * _ ~ ` | &gt; &lt; # - [ ] ( ) @</c>), so a claim shows as typed and <c>@everyone</c> or <c>&lt;@id&gt;</c> is plain text.
/// Replies also carry <c>allowed_mentions: {"parse": []}</c>, so even an unescaped mention would ping nobody.
/// </summary>
public static class DiscordMarkdown
{
    private const string Special = "\\*_~`|><#-[]()@";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
