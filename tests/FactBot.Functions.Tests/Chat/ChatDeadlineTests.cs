using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Xunit.Abstractions;

namespace FactBot.Functions.Tests.Chat;

/// <summary>
/// Each platform gets its verdict in the reply to its own request, so the answer must come within the platform's
/// deadline: 3 s for a Slack slash command and a Discord interaction, the shortest of the four (Teams and Telegram
/// wait longer). Measured on a host that has not answered anything yet, first request included.
/// </summary>
public sealed class ChatDeadlineTests(ChatHostFactory factory, ITestOutputHelper output) : IClassFixture<ChatHostFactory>
{
    private const int RequestsPerPlatform = 25;

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    private static readonly string[] Claims =
    [
        "OpenAI was founded in 2015.",
        "Musk contributed $2 billion to OpenAI.",
        "OpenAI a été fondée en 2017.",
        "OpenAI was founded as a non-profit.",
        "The moon is made of cheese.",
    ];

    [Fact]
    public async Task Every_platform_gets_its_recorded_verdict_well_within_the_shortest_platform_deadline()
    {
        var client = factory.CreateClient();
        var checks = factory.Checks.Count;
        var platforms = new (string Name, Func<int, HttpRequestMessage> Request)[]
        {
            ("slack", i => ChatRequests.Slack("/api/chat/slack", ChatRequests.SlackCommandBody(Claims[i % Claims.Length], $"deadline.{i}"))),
            ("teams", i => ChatRequests.Teams(ChatRequests.TeamsActivity($"deadline-{i}", "<at>FactBot</at> " + Claims[i % Claims.Length]))),
            ("telegram", i => ChatRequests.Telegram(TelegramMessage(9_000 + i, Claims[i % Claims.Length]))),
            ("discord", i => ChatRequests.Discord(ChatRequests.DiscordCommand($"deadline{i}", Claims[i % Claims.Length]), factory.DiscordKey)),
        };

        var slowest = new List<(string Platform, TimeSpan First, TimeSpan Median, TimeSpan Max)>();
        foreach (var (name, request) in platforms)
        {
            var times = new List<TimeSpan>();
            for (var i = 0; i < RequestsPerPlatform; i++)
            {
                using var message = request(i);
                var clock = Stopwatch.StartNew();
                using var response = await client.SendAsync(message);
                var body = await response.Content.ReadAsStringAsync();
                times.Add(clock.Elapsed);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name} #{i}: {(int)response.StatusCode} {body}");
                using var reply = JsonDocument.Parse(body);
            }

            var sorted = times.Order().ToArray();
            slowest.Add((name, times[0], sorted[sorted.Length / 2], sorted[^1]));
        }

        foreach (var (platform, first, median, max) in slowest)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{platform}: first {first.TotalMilliseconds:F1} ms, median {median.TotalMilliseconds:F1} ms, max {max.TotalMilliseconds:F1} ms over {RequestsPerPlatform}"));
        }

        Assert.All(slowest, s => Assert.True(s.Max < Deadline, $"{s.Platform} answered in {s.Max.TotalMilliseconds:F0} ms, over its {Deadline.TotalSeconds} s deadline"));
        Assert.Equal(checks + (platforms.Length * RequestsPerPlatform), factory.Checks.Count);
    }

    private static string TelegramMessage(long updateId, string text) => JsonSerializer.Serialize(new
    {
        update_id = updateId,
        message = new
        {
            message_id = updateId,
            date = 1_764_500_000,
            chat = new { id = 5_150_000, type = "private", first_name = "Ada" },
            from = new { id = 5_150_000, is_bot = false, first_name = "Ada", language_code = "en" },
            text,
        },
    });
}
