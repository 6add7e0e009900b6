using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using FactBot.Functions.Chat;
using FactBot.Functions.Tests.TableStorage;
using FactBot.TestSupport.Azurite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactBot.Functions.Tests.Chat;

/// <summary>Chat checks, redeliveries and feedback as Table Storage rows, on Azurite.</summary>
[Collection(AzuriteApiTests.Name)]
public sealed class ChatTableStorageTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private readonly Host factory = new(azurite);

    public async Task InitializeAsync() => await factory.SeedAsync();

    public async Task DisposeAsync() => await factory.DisposeAsync();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Each_platforms_check_is_a_row_with_its_channel_space_and_user()
    {
        var client = factory.CreateClient();
        var trigger = "398738663015.47445629121." + Guid.NewGuid().ToString("N");
        var activity = Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var interaction = Random.Shared.NextInt64(100_000_000_000_000_000, 999_999_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var update = Random.Shared.Next(1, int.MaxValue);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(ChatRequests.Slack("/api/chat/slack", ChatRequests.SlackCommandBody("OpenAI was founded in 2015.", trigger)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(ChatRequests.Teams(ChatRequests.TeamsActivity(activity, "<at>FactBot</at> OpenAI was founded in 2015.")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(ChatRequests.Telegram(TelegramUpdate(update, "OpenAI a été fondée en 2015.")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(ChatRequests.Discord(ChatRequests.DiscordCommand(interaction, "OpenAI was founded in 2015."), factory.DiscordKey))).StatusCode);

        var expected = new (ChatPlatform Platform, string Id, string Space, string User)[]
        {
            (ChatPlatform.Slack, trigger, "T0001", "U2147483697"),
            (ChatPlatform.Teams, activity, "72f988bf-86f1-41af-91ab-2d7cd011db47", "7faf080a-db4a-4e7a-8d4e-4fbbe04b6f3b"),
            (ChatPlatform.Telegram, update.ToString(System.Globalization.CultureInfo.InvariantCulture), "424242", "424242"),
            (ChatPlatform.Discord, interaction, "290926798626357999", "53908232506183680"),
        };
        var checks = Table("ChecksTable");
        foreach (var (platform, id, space, user) in expected)
        {
            var checkId = ChatDeliveries.CheckIdFor(new ChatDelivery(platform, id, null, null));
            var row = Assert.Single(checks.Query<TableEntity>(e => e.PartitionKey == checkId));
            Assert.Equal((platform.Channel, space, user, "supported"), (row.GetString("Channel"), row.GetString("SpaceId"), row.GetString("UserId"), row.GetString("Verdict")));
        }
    }

    [Fact]
    public async Task A_redelivered_telegram_update_leaves_one_check_row_and_its_button_one_feedback_row()
    {
        var client = factory.CreateClient();
        var update = Random.Shared.Next(1, int.MaxValue);
        var body = TelegramUpdate(update, "OpenAI was founded in 2016.");
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ => await (await client.SendAsync(ChatRequests.Telegram(body))).Content.ReadAsStringAsync()));
        var checkId = ChatDeliveries.CheckIdFor(new ChatDelivery(ChatPlatform.Telegram, update.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null));
        var press = JsonSerializer.Serialize(
            new Update
            {
                Id = update + 1,
                CallbackQuery = new CallbackQuery { Id = "cbq-" + update, From = new User { Id = 424242, FirstName = "Ada" }, ChatInstance = "1", Data = $"fb:y:en:{checkId}" },
            },
            JsonBotAPI.Options);

        await client.SendAsync(ChatRequests.Telegram(press));
        await client.SendAsync(ChatRequests.Telegram(press));

        var distinct = answers.Distinct().ToArray();
        Assert.True(distinct.Length == 1, "the redeliveries got different answers:\n" + string.Join('\n', distinct));
        var row = Assert.Single(Table("ChecksTable").Query<TableEntity>(e => e.PartitionKey == checkId));
        Assert.Equal("contradicted", row.GetString("Verdict"));
        var feedback = Assert.Single(Table("FeedbackTable").Query<TableEntity>(e => e.PartitionKey == checkId));
        Assert.True(feedback.GetBoolean("Correct"));
    }

    private static string TelegramUpdate(int id, string text) => JsonSerializer.Serialize(
        new Update
        {
            Id = id,
            Message = new Message
            {
                Id = 10,
                From = new User { Id = 424242, FirstName = "Ada", LanguageCode = "fr" },
                Chat = new global::Telegram.Bot.Types.Chat { Id = 424242, Type = ChatType.Private },
                Date = DateTime.UtcNow,
                Text = text,
            },
        },
        JsonBotAPI.Options);

    private TableClient Table(string setting) =>
        azurite.CreateServiceClient().GetTableClient(factory.Services.GetRequiredService<IConfiguration>()["FactBot:Storage:" + setting]!);

    /// <summary>The chat host on Azurite, with tables of its own.</summary>
    private sealed class Host(AzuriteFixture azurite) : ChatHostFactory
    {
        private readonly string suffix = Guid.NewGuid().ToString("N")[..12];

        public async Task SeedAsync()
        {
            var seeder = Services.GetRequiredService<FactBot.Storage.IFactSeeder>();
            await seeder.SeedAsync(Core.Seeds.SeedLoader.LoadDirectory(Core.Seeds.SeedDirectory.Locate(workingDirectory: AppContext.BaseDirectory)), CancellationToken.None);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // The counting in-memory stores of the base host are replaced: the table stores are the ones under test.
            builder.UseSetting("FactBot:Storage:ConnectionString", azurite.ConnectionString);
            builder.UseSetting(StallTolerance.AttemptTimeoutSetting, StallTolerance.AttemptTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (setting, table) in new[] { ("FactsTable", "Facts"), ("ChecksTable", "Checks"), ("FeedbackTable", "Feedback"), ("WebhookDeliveriesTable", "Deliveries") })
            {
                builder.UseSetting("FactBot:Storage:" + setting, table + suffix);
            }

            foreach (var (key, value) in ChatSettings)
            {
                builder.UseSetting(key, value ?? string.Empty);
            }
        }
    }
}
