using System.Net;
using System.Text.Json;
using FactBot.Functions.Chat;
using FactBot.Functions.Chat.Teams;
using FactBot.Functions.Tests.Http;

namespace FactBot.Functions.Tests.Chat.Teams;

public sealed class TeamsEndpointTests(ChatHostFactory factory) : IClassFixture<ChatHostFactory>
{
    [Fact]
    public async Task A_signed_message_is_answered_with_an_adaptive_card_and_recorded_with_its_tenant_and_sender()
    {
        var client = factory.CreateClient();
        var id = NewId();

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Teams(
            ChatRequests.TeamsActivity(id, "<at>FactBot</at> Musk contributed $2 billion to OpenAI.\n"))));

        Assert.Equal("message", reply.GetProperty("type").GetString());
        var attachment = Assert.Single(reply.GetProperty("attachments").EnumerateArray());
        Assert.Equal(TeamsReplies.CardContentType, attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        var body = card.GetProperty("body").EnumerateArray().ToArray();
        Assert.Matches(@"^❌\ Contradicted\ \(confidence\ \d{1,3}%\)$", body[0].GetProperty("text").GetString());
        Assert.Equal("Musk contributed $2 billion to OpenAI.", Run(body[1]));
        Assert.StartsWith("“Il a également renié", Run(body[2]), StringComparison.Ordinal);
        var row = Assert.Single(factory.Checks.Added, c => c.Id == ChatDeliveries.CheckIdFor(new ChatDelivery(ChatPlatform.Teams, id, null, null)));
        Assert.Equal(("teams", "72f988bf-86f1-41af-91ab-2d7cd011db47", "7faf080a-db4a-4e7a-8d4e-4fbbe04b6f3b"), (row.Channel, row.SpaceId, row.UserId));
        Assert.Equal("Musk contributed $2 billion to OpenAI.", row.Claim);
    }

    [Fact]
    public async Task A_french_message_gets_a_french_card()
    {
        var client = factory.CreateClient();

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Teams(ChatRequests.TeamsActivity(NewId(), "<at>FactBot</at> OpenAI a été fondée en 2017.", "fr-FR"))));

        var body = reply.GetProperty("attachments")[0].GetProperty("content").GetProperty("body").EnumerateArray().ToArray();
        Assert.Matches(@"^❌\ Contredit\ \(confiance\ \d{1,3} %\)$", body[0].GetProperty("text").GetString());
        Assert.Equal("Affirmation: ", body[1].GetProperty("inlines")[0].GetProperty("text").GetString());
        Assert.Contains(body, b => b.TryGetProperty("inlines", out var inlines) && inlines[1].GetProperty("text").GetString()!.StartsWith("L'article donne 2015", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_claim_is_the_text_without_the_mention_and_html_and_mentions_in_it_stay_plain_text_runs()
    {
        var client = factory.CreateClient();
        var id = NewId();

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Teams(ChatRequests.TeamsActivity(
            id, "<at>FactBot</at>&nbsp;<p>OpenAI was founded in 2015 &amp; &lt;at&gt;everyone&lt;/at&gt; **bold** @here</p>"))));

        var claim = reply.GetProperty("attachments")[0].GetProperty("content").GetProperty("body")[1].GetProperty("inlines")[1];
        Assert.Equal("TextRun", claim.GetProperty("type").GetString());
        Assert.Equal("OpenAI was founded in 2015 & <at>everyone</at> **bold** @here", claim.GetProperty("text").GetString());
        Assert.False(reply.TryGetProperty("entities", out _));
        Assert.Equal("OpenAI was founded in 2015 & <at>everyone</at> **bold** @here", factory.Checks.Added.Single(c => c.Id == ChatDeliveries.CheckIdFor(new ChatDelivery(ChatPlatform.Teams, id, null, null))).Claim);
    }

    [Fact]
    public async Task A_message_with_only_the_mention_gets_usage_and_records_nothing()
    {
        var client = factory.CreateClient();
        var checks = factory.Checks.Count;

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Teams(ChatRequests.TeamsActivity(NewId(), "<at>FactBot</at> "))));

        Assert.StartsWith("Mention me", reply.GetProperty("attachments")[0].GetProperty("content").GetProperty("body")[0].GetProperty("inlines")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(checks, factory.Checks.Count);
    }

    [Fact]
    public async Task The_same_activity_twice_gets_the_same_answer_and_one_check()
    {
        var client = factory.CreateClient();
        var body = ChatRequests.TeamsActivity(NewId(), "<at>FactBot</at> OpenAI was founded in 2015.");
        var first = await (await client.SendAsync(ChatRequests.Teams(body))).Content.ReadAsStringAsync();
        var checks = factory.Checks.Count;

        var second = await (await client.SendAsync(ChatRequests.Teams(body))).Content.ReadAsStringAsync();

        Assert.Equal(first, second);
        Assert.Equal(checks, factory.Checks.Count);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("wrong-token")]
    [InlineData("bearer")]
    [InlineData("not-base64")]
    [InlineData("none")]
    public async Task A_message_that_fails_verification_is_401_and_records_nothing(string how)
    {
        var client = factory.CreateClient();
        var checks = factory.Checks.Count;
        var body = ChatRequests.TeamsActivity(NewId(), "<at>FactBot</at> OpenAI was founded in 2015.");
        var signed = ChatRequests.Teams(body).Headers.Authorization!.ToString();
        using var request = how switch
        {
            "tampered" => ChatRequests.Teams(body.Replace("2015", "2016", StringComparison.Ordinal), authorization: signed),
            "wrong-token" => ChatRequests.Teams(body, Convert.ToBase64String(new byte[32])),
            "bearer" => ChatRequests.Teams(body, authorization: "Bearer " + signed[5..]),
            "not-base64" => ChatRequests.Teams(body, authorization: "HMAC ***"),
            _ => ChatRequests.Teams(body, authorization: string.Empty),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(checks, factory.Checks.Count);
    }

    [Theory]
    [InlineData("{not json", "Malformed JSON")]
    [InlineData("[1, 2]", "Expected a JSON object")]
    [InlineData("{\"type\": \"message\", \"text\": \"x\"}", "Missing field")]
    [InlineData("{\"type\": \"message\", \"id\": 12, \"text\": \"x\"}", "Wrong JSON type")]
    public async Task A_signed_body_that_is_not_an_activity_gets_the_apis_problem(string body, string title)
    {
        var client = factory.CreateClient();

        var response = await client.SendAsync(ChatRequests.Teams(body));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, title);
    }

    private static string Run(JsonElement block) => block.GetProperty("inlines")[1].GetProperty("text").GetString()!;

    private static string NewId() => Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
