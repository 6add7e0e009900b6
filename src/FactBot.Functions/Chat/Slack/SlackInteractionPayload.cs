using System.Text.Json.Serialization;

namespace FactBot.Functions.Chat.Slack;

/// <summary>The <c>payload</c> JSON of a Slack interaction; only what FactBot reads (block actions of its feedback buttons).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record SlackInteractionPayload(
    string? Type,
    SlackRef? Team,
    SlackRef? User,
    [property: JsonPropertyName("trigger_id")] string? TriggerId,
    IReadOnlyList<SlackAction>? Actions)
{
    public const string BlockActions = "block_actions";
}

/// <summary>A team or user, by id.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record SlackRef(string? Id);

/// <summary>One pressed element of a block action.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record SlackAction([property: JsonPropertyName("action_id")] string? ActionId, string? Value);
