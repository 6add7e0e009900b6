namespace FactBot.Functions.Chat.Discord;

/// <summary>An interaction response: PONG (type 1) or a message (type 4, CHANNEL_MESSAGE_WITH_SOURCE).</summary>
public sealed record DiscordInteractionResponse(int Type, DiscordMessage? Data)
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
}

/// <summary>The message of a type-4 response: content, flags, components and the mentions it may make (none).</summary>
public sealed record DiscordMessage(string Content, int Flags, IReadOnlyList<DiscordActionRow>? Components, DiscordAllowedMentions AllowedMentions)
{
    /// <summary>No link previews of URLs in a claim.</summary>
    public const int SuppressEmbeds = 1 << 2;

    /// <summary>Seen by the user alone.</summary>
    public const int Ephemeral = 1 << 6;
}

public sealed record DiscordActionRow(int Type, IReadOnlyList<DiscordButton> Components);

/// <summary>A button component (type 2); style 3 is green, 4 red.</summary>
public sealed record DiscordButton(int Type, int Style, string Label, string CustomId);

public sealed record DiscordAllowedMentions(IReadOnlyList<string> Parse)
{
    public static DiscordAllowedMentions None { get; } = new([]);
}
