using FactBot.Core.Checking;
using FactBot.Functions.Chat;
using FactBot.Functions.Chat.Discord;
using FactBot.Functions.Chat.Slack;
using FactBot.Functions.Chat.Teams;
using FactBot.Functions.Chat.Telegram;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace FactBot.Functions.Tests.Chat;

public sealed class ChatEngineWarmUpTests
{
    private readonly IClaimCheckService checker = Substitute.For<IClaimCheckService>();
    private readonly FakeLogger<ChatEngineWarmUp> logger = new();

    [Fact]
    public async Task With_a_chat_platform_on_the_engine_runs_once_at_start()
    {
        await WarmUp(telegramToken: ChatHostFactory.TelegramToken).StartAsync(CancellationToken.None);

        await checker.Received(1).CheckAsync(Arg.Any<string>(), Arg.Any<CancellationToken>());
        Assert.Equal(LogLevel.Information, logger.LatestRecord.Level);
        Assert.StartsWith("Engine loaded for chat in", logger.LatestRecord.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_every_chat_platform_off_nothing_is_loaded_at_start()
    {
        await WarmUp(telegramToken: "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/x/)").StartAsync(CancellationToken.None);

        await checker.DidNotReceiveWithAnyArgs().CheckAsync(default!, default);
        Assert.Equal(0, logger.Collector.Count);
    }

    [Fact]
    public async Task A_store_that_cannot_be_read_does_not_stop_the_start_and_is_logged()
    {
        checker.CheckAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("store unreachable"));

        await WarmUp(telegramToken: ChatHostFactory.TelegramToken).StartAsync(CancellationToken.None);

        Assert.Equal(LogLevel.Warning, logger.LatestRecord.Level);
        Assert.IsType<IOException>(logger.LatestRecord.Exception);
    }

    private ChatEngineWarmUp WarmUp(string? telegramToken) => new(
        MsOptions.Create(new SlackOptions()),
        MsOptions.Create(new TeamsOptions()),
        MsOptions.Create(new TelegramOptions { SecretToken = telegramToken }),
        MsOptions.Create(new DiscordOptions()),
        checker,
        TimeProvider.System,
        logger);
}
