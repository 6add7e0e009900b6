using FactBot.Functions.Chat.Discord;
using FactBot.Functions.Chat.Slack;
using FactBot.Functions.Chat.Teams;
using FactBot.Functions.Chat.Telegram;
using FactBot.Functions.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactBot.Functions.Chat;

/// <summary>At start, the chat labels are loaded, and one warning logged for each chat platform that is off (its secret is not set, or is an unresolved Key Vault reference).</summary>
internal sealed partial class ChatPlatformsStartupLog(
    IOptions<SlackOptions> slack,
    IOptions<TeamsOptions> teams,
    IOptions<TelegramOptions> telegram,
    IOptions<DiscordOptions> discord,
    ApiRouteTable routes,
    ILogger<ChatPlatformsStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Read the labels now: a broken labels file fails start, not the first chat message.
        _ = ChatLabels.Default;
        foreach (var options in new IChatPlatformOptions[] { slack.Value, teams.Value, telegram.Value, discord.Value })
        {
            var route = $"/{routes.RoutePrefix}/chat/{options.Platform.Channel}";
            switch (options.SecretState)
            {
                case ChatSecretState.Missing:
                    NotConfigured(logger, options.Platform.Name, options.Platform.SecretSetting, route);
                    break;
                case ChatSecretState.UnresolvedKeyVaultReference:
                    UnresolvedReference(logger, options.Platform.Name, options.Platform.SecretSetting, route);
                    break;
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1621, Level = LogLevel.Warning, Message = "{Platform} chat is off: {Setting} is not set, so {Route} answers 404")]
    private static partial void NotConfigured(ILogger logger, string platform, string setting, string route);

    [LoggerMessage(
        EventId = 1622,
        Level = LogLevel.Warning,
        Message = "{Platform} chat is off: {Setting} holds an unresolved Key Vault reference (the secret is missing from the vault or the app cannot read it), so {Route} answers 404")]
    private static partial void UnresolvedReference(ILogger logger, string platform, string setting, string route);
}
