using System.Text.Json.Serialization;

namespace FactBot.Functions.Chat.Teams;

/// <summary>The Bot Framework activity a Teams outgoing webhook posts; only what FactBot reads.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record TeamsActivity(
    string? Type,
    string? Id,
    string? Text,
    string? Locale,
    TeamsAccount? From,
    TeamsConversation? Conversation,
    TeamsChannelData? ChannelData);

/// <summary>The sender: its Teams id and, for people, its Entra object id.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record TeamsAccount(string? Id, string? AadObjectId);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record TeamsConversation(string? Id, string? TenantId);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record TeamsChannelData(TeamsTenant? Tenant);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record TeamsTenant(string? Id);
