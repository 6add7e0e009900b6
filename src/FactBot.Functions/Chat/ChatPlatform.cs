namespace FactBot.Functions.Chat;

/// <summary>
/// A chat platform FactBot answers on: its claim-log channel name, the setting that holds its secret, and whether it
/// redelivers a request until it gets a 2xx (then a store failure is answered 503, so nothing accepted is lost; the
/// others show the user an error instead of retrying, so they get the verdict even when it could not be recorded).
/// </summary>
public sealed record ChatPlatform(string Channel, string Name, string SecretSetting, bool RedeliversUntilAccepted)
{
    public static readonly ChatPlatform Slack = new("slack", "Slack", "FactBot:Slack:SigningSecret", RedeliversUntilAccepted: false);

    public static readonly ChatPlatform Teams = new("teams", "Teams", "FactBot:Teams:SecurityToken", RedeliversUntilAccepted: false);

    public static readonly ChatPlatform Telegram = new("telegram", "Telegram", "FactBot:Telegram:SecretToken", RedeliversUntilAccepted: true);

    public static readonly ChatPlatform Discord = new("discord", "Discord", "FactBot:Discord:PublicKey", RedeliversUntilAccepted: false);

    public static IReadOnlyList<ChatPlatform> All { get; } = [Slack, Teams, Telegram, Discord];
}
