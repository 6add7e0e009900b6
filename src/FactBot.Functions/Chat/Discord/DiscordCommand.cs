namespace FactBot.Functions.Chat.Discord;

/// <summary>The slash command FactBot answers, as registered with Discord (<c>scripts/discord-factcheck-command.json</c>).</summary>
public static class DiscordCommand
{
    public const string Name = "factcheck";

    public const string ClaimOption = "claim";
}
