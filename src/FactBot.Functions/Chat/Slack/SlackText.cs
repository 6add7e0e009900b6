using System.Text.RegularExpressions;

namespace FactBot.Functions.Chat.Slack;

/// <summary>Slack's text formatting: what a user typed arrives escaped, and what FactBot sends back is escaped the same way.</summary>
public static partial class SlackText
{
    /// <summary>
    /// The text as the user typed it: Slack's <c>&lt;…&gt;</c> references (links, users, channels, <c>&lt;!here&gt;</c>) become
    /// the text they show, and Slack's three entities are decoded.
    /// </summary>
    public static string Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = Reference().Replace(text, static m => Shown(m.Groups["target"].Value, m.Groups["label"]));
        return plain.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
    }

    /// <summary>
    /// mrkdwn escaping: &amp;, &lt; and &gt; as entities. Every mention, channel and link in Slack needs a literal
    /// '&lt;', so escaped text can ping nobody (<c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c>, <c>&lt;@U123&gt;</c> stay text).
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    // <#C123|general> → #general; <!here> → @here; <@U123> → @U123; <https://x|label> → label.
    private static string Shown(string target, Group label) => label.Success
        ? (target.StartsWith('#') ? "#" + label.Value : label.Value)
        : (target.StartsWith('!') ? "@" + target[1..] : target);

    [GeneratedRegex("<(?<target>[^<>|]*)(?:\\|(?<label>[^<>]*))?>")]
    private static partial Regex Reference();
}
