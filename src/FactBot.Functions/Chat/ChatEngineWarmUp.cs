using FactBot.Core.Checking;
using FactBot.Functions.Chat.Discord;
using FactBot.Functions.Chat.Slack;
using FactBot.Functions.Chat.Teams;
using FactBot.Functions.Chat.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactBot.Functions.Chat;

/// <summary>
/// When a chat platform is on, the engine is loaded (facts read, index built) and run once at start, so that the first
/// message is not the one that pays for it: Slack and Discord give a reply 3 s. A store that cannot be read within
/// <see cref="Limit"/> does not stop the start (logged); the first check then loads the engine, as without a chat platform.
/// </summary>
internal sealed partial class ChatEngineWarmUp(
    IOptions<SlackOptions> slack,
    IOptions<TeamsOptions> teams,
    IOptions<TelegramOptions> telegram,
    IOptions<DiscordOptions> discord,
    IClaimCheckService checker,
    TimeProvider time,
    ILogger<ChatEngineWarmUp> logger) : IHostedService
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        IChatPlatformOptions[] platforms = [slack.Value, teams.Value, telegram.Value, discord.Value];
        if (!platforms.Any(p => p.SecretState == ChatSecretState.Set))
        {
            return;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        var started = time.GetTimestamp();
        try
        {
            _ = await checker.CheckAsync(nameof(ChatEngineWarmUp), limit.Token);
            var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
            Loaded(logger, elapsed);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
            NotLoaded(logger, ex, elapsed);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1631, Level = LogLevel.Information, Message = "Engine loaded for chat in {ElapsedMs:F0} ms")]
    private static partial void Loaded(ILogger logger, double elapsedMs);

    [LoggerMessage(EventId = 1632, Level = LogLevel.Warning, Message = "Engine not loaded at start after {ElapsedMs:F0} ms; the first check will load it")]
    private static partial void NotLoaded(ILogger logger, Exception exception, double elapsedMs);
}
