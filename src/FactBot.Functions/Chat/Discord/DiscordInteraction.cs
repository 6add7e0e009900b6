using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactBot.Functions.Chat.Discord;

/// <summary>A Discord interaction; only what FactBot reads (PING, the factcheck command, its buttons).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record DiscordInteraction(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("type")] int? Type,
    [property: JsonPropertyName("data")] DiscordInteractionData? Data,
    [property: JsonPropertyName("guild_id")] string? GuildId,
    [property: JsonPropertyName("member")] DiscordMember? Member,
    [property: JsonPropertyName("user")] DiscordUser? User,
    [property: JsonPropertyName("locale")] string? Locale)
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;

    /// <summary>The user who acted: <c>member.user</c> in a guild, <c>user</c> in a DM.</summary>
    public string? UserId => Member?.User?.Id ?? User?.Id;
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record DiscordInteractionData(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("options")] IReadOnlyList<DiscordOption>? Options,
    [property: JsonPropertyName("custom_id")] string? CustomId);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record DiscordOption(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("value")] JsonElement? Value);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record DiscordMember([property: JsonPropertyName("user")] DiscordUser? User);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record DiscordUser([property: JsonPropertyName("id")] string? Id);
