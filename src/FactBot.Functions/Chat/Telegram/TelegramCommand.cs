namespace FactBot.Functions.Chat.Telegram;

/// <summary>
/// What a Telegram message asks: usage (<c>/start</c>, <c>/help</c>), a check (<c>/check &lt;claim&gt;</c>, or any text in a
/// private chat), or nothing (other text in a group, where the bot only answers its command). <c>/check@BotName</c> counts as <c>/check</c>.
/// </summary>
public static class TelegramCommand
{
    public const string Check = "check";

    private static readonly string[] UsageCommands = ["start", "help"];

    /// <summary>The claim to check, or null; <paramref name="usage"/> is true when the message asks how to use the bot.</summary>
    public static string? ClaimOf(string text, bool privateChat, out bool usage)
    {
        ArgumentNullException.ThrowIfNull(text);
        usage = false;
        var trimmed = text.Trim();
        if (!trimmed.StartsWith('/'))
        {
            return privateChat ? trimmed : null;
        }

        var end = trimmed.IndexOfAny([' ', '\n', '\t']);
        var command = (end < 0 ? trimmed[1..] : trimmed[1..end]).Split('@')[0].ToLowerInvariant();
        var rest = end < 0 ? string.Empty : trimmed[(end + 1)..].Trim();
        if (command == Check)
        {
            usage = rest.Length == 0;
            return usage ? null : rest;
        }

        // An unknown command in a private chat is answered with usage; in a group it may be meant for another bot.
        usage = UsageCommands.Contains(command) || privateChat;
        return null;
    }
}
