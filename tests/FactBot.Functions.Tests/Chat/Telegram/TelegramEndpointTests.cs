using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactBot.Functions.Chat;
using FactBot.Functions.Chat.Telegram;
using FactBot.Functions.Tests.Http;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using TgChat = Telegram.Bot.Types.Chat;

namespace FactBot.Functions.Tests.Chat.Telegram;

/// <summary>Updates are built and serialized with the Telegram.Bot library's own types; replies are read back with its request types.</summary>
public sealed class TelegramEndpointTests(ChatHostFactory factory) : IClassFixture<ChatHostFactory>
{
    // Telegram.Bot's options, refusing any field its request types do not know.
    private static readonly JsonSerializerOptions Strict = new(JsonBotAPI.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    [Fact]
    public async Task A_private_message_is_answered_with_send_message_in_reply_with_a_feedback_keyboard_and_recorded_with_its_chat()
    {
        var client = factory.CreateClient();
        var update = MessageUpdate("Musk contributed $2 billion to OpenAI.");

        var send = await SendMessageAsync(await client.SendAsync(ChatRequests.Telegram(Serialize(update))));

        Assert.Equal(update.Message!.Chat.Id, send.ChatId.Identifier);
        Assert.Equal(update.Message.Id, send.ReplyParameters!.MessageId);
        Assert.Equal(ParseMode.Html, send.ParseMode);
        Assert.True(send.LinkPreviewOptions!.IsDisabled);
        Assert.Matches(@"^<b>❌\ Contradicted</b>\ \(confidence\ \d{1,3}%\)\n<b>Claim:</b>\ Musk\ contributed\ \$2\ billion\ to\ OpenAI\.", send.Text);
        Assert.Contains("<blockquote>Il a également renié", send.Text, StringComparison.Ordinal);
        var checkId = ChatDeliveries.CheckIdFor(new ChatDelivery(ChatPlatform.Telegram, update.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null));
        var buttons = ((InlineKeyboardMarkup)send.ReplyMarkup!).InlineKeyboard.Single().ToArray();
        Assert.Equal(["👍 Right", "👎 Wrong"], buttons.Select(b => b.Text));
        Assert.Equal($"fb:y:en:{checkId}", buttons[0].CallbackData);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(buttons[0].CallbackData!), 1, 64);
        var row = Assert.Single(factory.Checks.Added, c => c.Id == checkId);
        Assert.Equal(("telegram", "424242", "424242"), (row.Channel, row.SpaceId, row.UserId));
    }

    [Fact]
    public async Task The_same_update_id_redelivered_gets_the_same_answer_and_records_no_second_check()
    {
        var client = factory.CreateClient();
        var body = Serialize(MessageUpdate("OpenAI was founded in 2015."));
        var first = await (await client.SendAsync(ChatRequests.Telegram(body))).Content.ReadAsStringAsync();
        var checks = factory.Checks.Count;
        var deliveries = factory.Deliveries.Count;

        var again = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ => await (await client.SendAsync(ChatRequests.Telegram(body))).Content.ReadAsStringAsync()));

        Assert.All(again, a => Assert.Equal(first, a));
        Assert.Equal(checks, factory.Checks.Count);
        Assert.Equal(deliveries, factory.Deliveries.Count);
    }

    [Fact]
    public async Task A_french_message_gets_french_labels_and_buttons()
    {
        var client = factory.CreateClient();

        var send = await SendMessageAsync(await client.SendAsync(ChatRequests.Telegram(Serialize(MessageUpdate("OpenAI a été fondée en 2017.", languageCode: "en")))));

        Assert.Matches(@"^<b>❌\ Contredit</b>\ \(confiance\ \d{1,3} %\)\n<b>Affirmation:</b>", send.Text);
        Assert.Contains("<b>Pourquoi:</b> L'article donne 2015", send.Text, StringComparison.Ordinal);
        Assert.Equal(["👍 Juste", "👎 Faux"], ((InlineKeyboardMarkup)send.ReplyMarkup!).InlineKeyboard.Single().Select(b => b.Text));
    }

    [Fact]
    public async Task Html_and_mentions_in_a_claim_are_escaped_and_inert()
    {
        var client = factory.CreateClient();

        var send = await SendMessageAsync(await client.SendAsync(ChatRequests.Telegram(Serialize(MessageUpdate("<b>OpenAI</b> was founded in 2015 & @everyone @durov <a href=\"tg://user?id=1\">x</a>")))));

        Assert.Contains("&lt;b&gt;OpenAI&lt;/b&gt; was founded in 2015 &amp; @\u2060everyone @\u2060durov &lt;a href=\"tg://user?id=1\"&gt;x&lt;/a&gt;", send.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", send.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_reply_stays_within_4096_characters_without_a_lone_surrogate()
    {
        var client = factory.CreateClient();
        var claim = string.Concat(Enumerable.Repeat("&<😀@x", 166));

        var send = await SendMessageAsync(await client.SendAsync(ChatRequests.Telegram(Serialize(MessageUpdate(claim)))));

        Assert.InRange(send.Text.Length, 1, TelegramReplies.MaxMessageText);
        ChatAssert.HasNoLoneSurrogate(send.Text);
        Assert.Contains("…", send.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feedback_button_stores_feedback_and_answers_the_callback_query_once()
    {
        var client = factory.CreateClient();
        var asked = MessageUpdate("OpenAI a été fondée en 2015.");
        var send = await SendMessageAsync(await client.SendAsync(ChatRequests.Telegram(Serialize(asked))));
        var wrong = ((InlineKeyboardMarkup)send.ReplyMarkup!).InlineKeyboard.Single().Last().CallbackData!;
        var checkId = wrong[^32..];
        var press = Serialize(new Update
        {
            Id = NextUpdateId(),
            CallbackQuery = new CallbackQuery
            {
                Id = "4382bfdwdsb323b2d9",
                From = new User { Id = 424242, FirstName = "Ada", LanguageCode = "en" },
                ChatInstance = "-5723838427563892",
                Data = wrong,
                Message = new Message { Id = 9001, Chat = new TgChat { Id = -1001234567890, Type = ChatType.Supergroup }, Date = DateTime.UtcNow },
            },
        });

        var first = await client.SendAsync(ChatRequests.Telegram(press));
        var firstBody = await first.Content.ReadAsStringAsync();
        var again = await (await client.SendAsync(ChatRequests.Telegram(press))).Content.ReadAsStringAsync();

        var answer = JsonSerializer.Deserialize<AnswerCallbackQueryRequest>(firstBody, Strict)!;
        Assert.Equal("4382bfdwdsb323b2d9", answer.CallbackQueryId);
        Assert.Equal("Merci, votre avis est enregistré.", answer.Text);
        Assert.Equal("answerCallbackQuery", JsonDocument.Parse(firstBody).RootElement.GetProperty("method").GetString());
        Assert.Equal(firstBody, again);
        var feedback = Assert.Single(await factory.Feedback.ListAsync(checkId, CancellationToken.None));
        Assert.False(feedback.Correct);
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("/help")]
    [InlineData("/check")]
    [InlineData("/check@FactBotTestBot")]
    public async Task Start_help_and_a_bare_check_get_usage_and_record_nothing(string text)
    {
        var client = factory.CreateClient();
        var checks = factory.Checks.Count;

        var send = await SendMessageAsync(await client.SendAsync(ChatRequests.Telegram(Serialize(MessageUpdate(text, ChatType.Supergroup)))));

        Assert.StartsWith("Send me a claim", send.Text, StringComparison.Ordinal);
        Assert.Null(send.ReplyMarkup);
        Assert.Equal(checks, factory.Checks.Count);
    }

    [Fact]
    public async Task In_a_group_only_the_check_command_is_answered()
    {
        var client = factory.CreateClient();

        var chatter = await client.SendAsync(ChatRequests.Telegram(Serialize(MessageUpdate("OpenAI was founded in 2015.", ChatType.Group))));
        var command = await SendMessageAsync(await client.SendAsync(ChatRequests.Telegram(Serialize(MessageUpdate("/check@FactBotTestBot OpenAI was founded in 2015.", ChatType.Group)))));

        Assert.Equal(HttpStatusCode.OK, chatter.StatusCode);
        Assert.Empty(await chatter.Content.ReadAsStringAsync());
        Assert.StartsWith("<b>✅ Supported</b>", command.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_updates_get_an_empty_200()
    {
        var client = factory.CreateClient();
        var edited = Serialize(new Update { Id = NextUpdateId(), EditedMessage = new Message { Id = 5, Text = "x", Chat = new TgChat { Id = 1, Type = ChatType.Private }, Date = DateTime.UtcNow } });
        var photo = Serialize(new Update { Id = NextUpdateId(), Message = new Message { Id = 6, Chat = new TgChat { Id = 1, Type = ChatType.Private }, Date = DateTime.UtcNow, Photo = [new PhotoSize { FileId = "f", FileUniqueId = "u", Width = 1, Height = 1 }] } });

        foreach (var body in new[] { edited, photo })
        {
            var response = await client.SendAsync(ChatRequests.Telegram(body));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData("missing")]
    [InlineData("prefix")]
    public async Task A_wrong_or_missing_secret_token_is_401_and_records_nothing(string how)
    {
        var client = factory.CreateClient();
        var checks = factory.Checks.Count;
        var token = how switch { "wrong" => "telegram-test-secret-token_0123456788", "prefix" => ChatHostFactory.TelegramToken[..^1], _ => null };

        var response = await client.SendAsync(ChatRequests.Telegram(Serialize(MessageUpdate("OpenAI was founded in 2015.")), token));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, how == "missing" ? "Missing Telegram secret token" : "Invalid Telegram secret token");
        Assert.Equal(checks, factory.Checks.Count);
    }

    [Theory]
    [InlineData("{\"message\": {\"text\": \"x\"}}", "Missing field")]
    [InlineData("{\"update_id\": 1, \"message\": {\"text\": \"x\", \"chat\": {\"id\": 1}}}", "Missing field")]
    [InlineData("{\"update_id\": \"one\"}", "Wrong JSON type")]
    [InlineData("\"update\"", "Expected a JSON object")]
    public async Task A_body_that_is_not_an_update_gets_the_apis_problem(string body, string title)
    {
        var client = factory.CreateClient();

        var response = await client.SendAsync(ChatRequests.Telegram(body));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, title);
    }

    private static async Task<SendMessageRequest> SendMessageAsync(HttpResponseMessage response)
    {
        var reply = await ChatAssert.ReplyAsync(response);
        Assert.Equal("sendMessage", reply.GetProperty("method").GetString());
        return JsonSerializer.Deserialize<SendMessageRequest>(reply.GetRawText(), Strict)!;
    }

    private static Update MessageUpdate(string text, ChatType chat = ChatType.Private, string languageCode = "en") => new()
    {
        Id = NextUpdateId(),
        Message = new Message
        {
            Id = Random.Shared.Next(1, 1_000_000),
            From = new User { Id = 424242, FirstName = "Ada", LanguageCode = languageCode },
            Chat = new TgChat { Id = chat == ChatType.Private ? 424242 : -1001234567890, Type = chat },
            Date = DateTime.UtcNow,
            Text = text,
        },
    };

    private static int NextUpdateId() => Random.Shared.Next(100_000_000, int.MaxValue);

    private static string Serialize(Update update) => JsonSerializer.Serialize(update, JsonBotAPI.Options);
}
