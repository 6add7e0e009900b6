using System.Globalization;
using System.Net;
using System.Text.Json;
using FactBot.Core.Facts;
using FactBot.Functions.Chat;
using Microsoft.AspNetCore.Hosting;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactBot.Functions.Tests.Chat;

/// <summary>
/// The rate limit keyed on the space a verified chat body names: a noisy Slack team, Teams tenant, Telegram chat or
/// Discord guild is refused (and nothing of it recorded) while another space on the same platform, arriving from the
/// same address, is still served.
/// </summary>
public sealed class ChatRateLimitTests(ChatRateLimitTests.LimitedChatHost factory) : IClassFixture<ChatRateLimitTests.LimitedChatHost>
{
    private const int Sent = 8;
    private const string Claim = "OpenAI was founded in 2015.";

    private static readonly string RefusalStart = ChatLabels.Default.For(Language.English).RateLimited.Split('{')[0];

    [Fact]
    public async Task A_noisy_slack_team_is_told_to_wait_and_records_nothing_while_another_team_is_served()
    {
        var (noisy, quiet) = (Space("T"), Space("T"));

        var answers = await SendAsync(i => ChatRequests.Slack("/api/chat/slack", ChatRequests.SlackCommandBody(Claim, Trigger(), teamId: noisy)));
        var other = await factory.CreateClient().SendAsync(ChatRequests.Slack("/api/chat/slack", ChatRequests.SlackCommandBody(Claim, Trigger(), teamId: quiet)));

        var refused = AssertSomeRefusedInReply(answers);
        Assert.Equal("ephemeral", JsonDocument.Parse(refused).RootElement.GetProperty("response_type").GetString());
        AssertServedOnly(answers, noisy);
        Assert.False(IsRefusal(await other.Content.ReadAsStringAsync()));
        Assert.Equal(1, Recorded(quiet));
    }

    [Fact]
    public async Task A_noisy_teams_tenant_is_told_to_wait_and_records_nothing_while_another_tenant_is_served()
    {
        var (noisy, quiet) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());

        var answers = await SendAsync(_ => ChatRequests.Teams(ChatRequests.TeamsActivity(ActivityId(), "<at>FactBot</at> " + Claim, tenantId: noisy)));
        var other = await factory.CreateClient().SendAsync(ChatRequests.Teams(ChatRequests.TeamsActivity(ActivityId(), "<at>FactBot</at> " + Claim, tenantId: quiet)));

        AssertSomeRefusedInReply(answers);
        AssertServedOnly(answers, noisy);
        Assert.False(IsRefusal(await other.Content.ReadAsStringAsync()));
        Assert.Equal(1, Recorded(quiet));
    }

    [Fact]
    public async Task A_noisy_telegram_chat_gets_429_with_retry_after_so_telegram_redelivers_later_while_another_chat_is_served()
    {
        var (noisy, quiet) = (Random.Shared.NextInt64(1, long.MaxValue / 2), Random.Shared.NextInt64(long.MaxValue / 2, long.MaxValue));

        var answers = await SendAsync(_ => ChatRequests.Telegram(TelegramMessage(noisy)));
        var other = await factory.CreateClient().SendAsync(ChatRequests.Telegram(TelegramMessage(quiet)));

        var refused = answers.Where(a => a.Response.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.True(refused[0].Response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        await Http.ProblemAssert.IsProblemAsync(refused[0].Response, HttpStatusCode.TooManyRequests, "Too many requests");
        Assert.All(answers, a => Assert.Contains(a.Response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.Equal(answers.Count(a => a.Response.StatusCode == HttpStatusCode.OK), Recorded(noisy.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(1, Recorded(quiet.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_noisy_discord_guild_is_told_to_wait_and_records_nothing_while_another_guild_is_served()
    {
        var (noisy, quiet) = (Snowflake(), Snowflake());

        var answers = await SendAsync(_ => ChatRequests.Discord(ChatRequests.DiscordCommand(Snowflake(), Claim, guildId: noisy), factory.DiscordKey));
        var other = await factory.CreateClient().SendAsync(ChatRequests.Discord(ChatRequests.DiscordCommand(Snowflake(), Claim, guildId: quiet), factory.DiscordKey));

        var refused = AssertSomeRefusedInReply(answers);
        Assert.Equal(64, JsonDocument.Parse(refused).RootElement.GetProperty("data").GetProperty("flags").GetInt32() & 64);
        AssertServedOnly(answers, noisy);
        Assert.False(IsRefusal(await other.Content.ReadAsStringAsync()));
        Assert.Equal(1, Recorded(quiet));
    }

    private static string Space(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private static string Trigger() => "398738663015." + Guid.NewGuid().ToString("N");

    private static string ActivityId() => Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(CultureInfo.InvariantCulture);

    private static string Snowflake() => Random.Shared.NextInt64(100_000_000_000_000_000, 999_999_999_999_999_999).ToString(CultureInfo.InvariantCulture);

    private static string TelegramMessage(long chatId) => JsonSerializer.Serialize(
        new Update
        {
            Id = Random.Shared.Next(1, int.MaxValue),
            Message = new Message
            {
                Id = 10,
                From = new User { Id = chatId, FirstName = "Ada", LanguageCode = "en" },
                Chat = new global::Telegram.Bot.Types.Chat { Id = chatId, Type = ChatType.Private },
                Date = DateTime.UtcNow,
                Text = Claim,
            },
        },
        JsonBotAPI.Options);

    private static bool IsRefusal(string body) => body.Contains(RefusalStart, StringComparison.Ordinal);

    /// <summary>Sends <see cref="Sent"/> deliveries of one space in a row (the bucket holds 2, refilled 1 a second).</summary>
    private async Task<IReadOnlyList<(HttpResponseMessage Response, string Body)>> SendAsync(Func<int, HttpRequestMessage> request)
    {
        var client = factory.CreateClient();
        var answers = new List<(HttpResponseMessage, string)>();
        for (var i = 0; i < Sent; i++)
        {
            var response = await client.SendAsync(request(i));
            answers.Add((response, await response.Content.ReadAsStringAsync()));
        }

        return answers;
    }

    /// <summary>Some answers are the platform's 200 reply saying to wait (a 429 would show the person a failure); returns one.</summary>
    private static string AssertSomeRefusedInReply(IReadOnlyList<(HttpResponseMessage Response, string Body)> answers)
    {
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode));
        var refused = answers.Where(a => IsRefusal(a.Body)).Select(a => a.Body).ToList();
        Assert.InRange(refused.Count, 1, Sent - 2);
        return refused[0];
    }

    /// <summary>The space's records are exactly its served answers: a refused delivery recorded nothing.</summary>
    private void AssertServedOnly(IReadOnlyList<(HttpResponseMessage Response, string Body)> answers, string space) =>
        Assert.Equal(answers.Count(a => !IsRefusal(a.Body)), Recorded(space));

    private int Recorded(string space) => factory.Checks.Added.Count(c => c.SpaceId == space);

    /// <summary>Every platform configured, and a limit of 1 delivery per second with a burst of 2 per space.</summary>
    public sealed class LimitedChatHost : ChatHostFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("FactBot:RateLimit:PermitsPerSecond", "1");
            builder.UseSetting("FactBot:RateLimit:Burst", "2");
        }
    }
}
