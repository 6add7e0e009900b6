namespace FactBot.Functions.Chat;

/// <summary>
/// One message or interaction from a platform: the platform, its own unique id for it (Slack trigger_id, Teams
/// activity id, Telegram update_id, Discord interaction id), and who sent it (<see cref="SpaceId"/>: Slack team, Teams
/// tenant, Telegram chat, Discord guild; <see cref="UserId"/>: the sender there).
/// </summary>
public sealed record ChatDelivery(ChatPlatform Platform, string Id, string? SpaceId, string? UserId)
{
    /// <summary>Longest platform id accepted; ids are printable ASCII.</summary>
    public const int MaxIdLength = 256;

    /// <summary>The idempotency key in the delivery store. A '/' can never appear in a Standard Webhooks id there.</summary>
    public string Key => $"chat/{Platform.Channel}/{Id}";

    public static bool IsValidId(string? id) => id is { Length: > 0 and <= MaxIdLength } && id.All(c => c is >= '!' and <= '~');
}
