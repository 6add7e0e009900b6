using System.Net;
using FactBot.Functions.Chat;
using FactBot.Functions.Tests.Http;
using NSec.Cryptography;

namespace FactBot.Functions.Tests.Chat.Discord;

/// <summary>Signed as Discord signs: Ed25519 over timestamp + body, with a key pair made for the test (NSec).</summary>
public sealed class DiscordEndpointTests(ChatHostFactory factory) : IClassFixture<ChatHostFactory>
{
    [Fact]
    public async Task A_signed_ping_gets_pong()
    {
        var client = factory.CreateClient();

        var response = await client.SendAsync(ChatRequests.Discord("""{"id":"1","type":1,"application_id":"775799577604522054","version":1}""", factory.DiscordKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("bad signature")]
    [InlineData("other key")]
    [InlineData("tampered body")]
    [InlineData("stale")]
    [InlineData("unsigned")]
    public async Task Discords_bad_signature_probes_and_stale_requests_are_401_and_record_nothing(string how)
    {
        var client = factory.CreateClient();
        var checks = factory.Checks.Count;
        var body = ChatRequests.DiscordCommand(NewId(), "OpenAI was founded in 2015.");
        using var other = Key.Create(SignatureAlgorithm.Ed25519);
        var timestamp = ChatRequests.Now();
        using var request = how switch
        {
            "bad signature" => ChatRequests.Discord(body, factory.DiscordKey, signature: new string('0', 128)),
            "other key" => ChatRequests.Discord(body, other),
            "tampered body" => ChatRequests.Discord(body.Replace("2015", "2016", StringComparison.Ordinal), factory.DiscordKey, timestamp,
                Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(factory.DiscordKey, System.Text.Encoding.UTF8.GetBytes(timestamp + body)))),
            "stale" => ChatRequests.Discord(body, factory.DiscordKey, ChatRequests.Now(-301)),
            _ => new HttpRequestMessage(HttpMethod.Post, "/api/chat/discord") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") },
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(checks, factory.Checks.Count);
    }

    [Fact]
    public async Task The_factcheck_command_gets_a_channel_message_with_buttons_and_no_mentions_and_is_recorded_with_its_guild()
    {
        var client = factory.CreateClient();
        var id = NewId();

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Discord(ChatRequests.DiscordCommand(id, "Musk contributed $2 billion to OpenAI."), factory.DiscordKey)));

        Assert.Equal(4, reply.GetProperty("type").GetInt32());
        var data = reply.GetProperty("data");
        Assert.Empty(data.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        var content = data.GetProperty("content").GetString()!;
        Assert.Matches(@"^\*\*❌\ Contradicted\*\*\ \(confidence\ \d{1,3}%\)\n\*\*Claim:\*\*\ Musk\ contributed\ \$2\ billion\ to\ OpenAI\.", content);
        Assert.Contains("**Evidence:** “Il a également renié", content, StringComparison.Ordinal);
        Assert.Equal(4, data.GetProperty("flags").GetInt32());
        var row = data.GetProperty("components")[0];
        Assert.Equal(1, row.GetProperty("type").GetInt32());
        var checkId = ChatDeliveries.CheckIdFor(new ChatDelivery(ChatPlatform.Discord, id, null, null));
        Assert.Equal(
            [(2, 3, "👍 Right", $"fb:y:en:{checkId}"), (2, 4, "👎 Wrong", $"fb:n:en:{checkId}")],
            row.GetProperty("components").EnumerateArray().Select(b => (b.GetProperty("type").GetInt32(), b.GetProperty("style").GetInt32(), b.GetProperty("label").GetString(), b.GetProperty("custom_id").GetString())));
        var recorded = Assert.Single(factory.Checks.Added, c => c.Id == checkId);
        Assert.Equal(("discord", "290926798626357999", "53908232506183680"), (recorded.Channel, recorded.SpaceId, recorded.UserId));
    }

    [Fact]
    public async Task Markdown_and_mentions_in_a_claim_are_escaped()
    {
        var client = factory.CreateClient();

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Discord(
            ChatRequests.DiscordCommand(NewId(), "@everyone <@53908232506183680> **OpenAI** was founded in 2015 [x](https://example.com) @here"), factory.DiscordKey)));

        var content = reply.GetProperty("data").GetProperty("content").GetString()!;
        Assert.Contains(@"\@everyone \<\@53908232506183680\> \*\*OpenAI\*\* was founded in 2015 \[x\]\(https://example.com\) \@here", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_french_claim_gets_french_labels_and_buttons()
    {
        var client = factory.CreateClient();

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Discord(ChatRequests.DiscordCommand(NewId(), "OpenAI a été fondée en 2017."), factory.DiscordKey)));

        var data = reply.GetProperty("data");
        Assert.Matches(@"^\*\*❌\ Contredit\*\*\ \(confiance\ \d{1,3} %\)\n\*\*Affirmation:\*\*", data.GetProperty("content").GetString());
        Assert.Equal(["👍 Juste", "👎 Faux"], data.GetProperty("components")[0].GetProperty("components").EnumerateArray().Select(b => b.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task A_long_reply_stays_within_2000_characters_without_a_lone_surrogate()
    {
        var client = factory.CreateClient();

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Discord(
            ChatRequests.DiscordCommand(NewId(), string.Concat(Enumerable.Repeat("*_😀", 250))), factory.DiscordKey)));

        var content = reply.GetProperty("data").GetProperty("content").GetString()!;
        Assert.InRange(content.Length, 1, 2000);
        ChatAssert.HasNoLoneSurrogate(content);
        Assert.Contains("…", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_press_stores_feedback_and_is_acknowledged_to_the_user_alone_once()
    {
        var client = factory.CreateClient();
        var commandId = NewId();
        await client.SendAsync(ChatRequests.Discord(ChatRequests.DiscordCommand(commandId, "OpenAI was founded in 2015."), factory.DiscordKey));
        var checkId = ChatDeliveries.CheckIdFor(new ChatDelivery(ChatPlatform.Discord, commandId, null, null));
        var press = ChatRequests.DiscordComponent(NewId(), $"fb:y:en:{checkId}");

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Discord(press, factory.DiscordKey)));
        await client.SendAsync(ChatRequests.Discord(press, factory.DiscordKey));

        Assert.Equal(4, reply.GetProperty("type").GetInt32());
        Assert.Equal(64 | 4, reply.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("Thanks, your feedback is recorded.", reply.GetProperty("data").GetProperty("content").GetString());
        Assert.True(Assert.Single(await factory.Feedback.ListAsync(checkId, CancellationToken.None)).Correct);
    }

    [Fact]
    public async Task A_button_for_an_unknown_check_says_so_and_stores_nothing()
    {
        var client = factory.CreateClient();
        var feedback = factory.Feedback.Count;

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Discord(ChatRequests.DiscordComponent(NewId(), "fb:n:fr:" + new string('e', 32)), factory.DiscordKey)));

        Assert.Equal("Cette vérification n’est pas dans le journal : l’avis n’a pas été enregistré.", reply.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(feedback, factory.Feedback.Count);
    }

    [Fact]
    public async Task A_redelivered_interaction_id_gets_the_same_answer_and_one_check()
    {
        var client = factory.CreateClient();
        var body = ChatRequests.DiscordCommand(NewId(), "OpenAI was founded in 2015.");
        var first = await (await client.SendAsync(ChatRequests.Discord(body, factory.DiscordKey))).Content.ReadAsStringAsync();
        var checks = factory.Checks.Count;

        var second = await (await client.SendAsync(ChatRequests.Discord(body, factory.DiscordKey))).Content.ReadAsStringAsync();

        Assert.Equal(first, second);
        Assert.Equal(checks, factory.Checks.Count);
    }

    [Theory]
    [InlineData("""{"id":"1","type":2,"data":{"name":"factcheck","options":[{"name":"claim","type":3,"value":"   "}]}}""", "Use /factcheck")]
    [InlineData("""{"id":"2","type":2,"data":{"name":"other"}}""", "Use /factcheck")]
    public async Task A_blank_claim_or_another_command_gets_usage_to_the_user_alone(string body, string start)
    {
        var client = factory.CreateClient();

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Discord(body, factory.DiscordKey)));

        Assert.StartsWith(start, reply.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(64 | 4, reply.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Theory]
    [InlineData("OpenAI was founded in 2015.\uFFFE", "U+FFFE at index 27")]
    [InlineData("Open\u202EAI was founded in 2015.", "U+202E at index 4")]
    public async Task A_claim_with_a_character_that_cannot_be_checked_is_refused_to_the_user_alone(string claim, string where)
    {
        var client = factory.CreateClient();
        var checks = factory.Checks.Count;

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Discord(ChatRequests.DiscordCommand(NewId(), claim), factory.DiscordKey)));

        Assert.Contains(where, reply.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(64 | 4, reply.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(checks, factory.Checks.Count);
    }

    [Theory]
    [InlineData("""{"id":"1"}""", "Missing field")]
    [InlineData("""{"id":"1","type":4}""", "Unsupported interaction type")]
    [InlineData("""{"id":"1","type":3,"data":{"custom_id":"someone-elses"}}""", "Unknown component")]
    [InlineData("{\"id\":\"1\",\"type\":", "Malformed JSON")]
    public async Task A_signed_body_that_is_not_an_interaction_factbot_handles_is_a_400_problem(string body, string title)
    {
        var client = factory.CreateClient();

        var response = await client.SendAsync(ChatRequests.Discord(body, factory.DiscordKey));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, title);
    }

    private static string NewId() => Random.Shared.NextInt64(100_000_000_000_000_000, 999_999_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
