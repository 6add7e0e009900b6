using System.Net;
using System.Text.RegularExpressions;

namespace FactBot.Functions.Chat.Teams;

/// <summary>The claim in a Teams message: its text without the bot's <c>&lt;at&gt;…&lt;/at&gt;</c> mention and without HTML.</summary>
public static partial class TeamsMessageText
{
    public static string ClaimOf(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var withoutMentions = Mention().Replace(text, " ");
        var withoutTags = Tag().Replace(withoutMentions, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(withoutTags).Replace('\u00A0', ' '), " ").Trim();
    }

    [GeneratedRegex("<at\\b[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Mention();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("[ \\t]{2,}")]
    private static partial Regex Spaces();
}
