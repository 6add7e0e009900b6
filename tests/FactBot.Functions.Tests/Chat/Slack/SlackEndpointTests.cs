using System.Net;
using System.Text;
using FactBot.Functions.Chat;
using FactBot.Functions.Chat.Slack;
using FactBot.Functions.Tests.Http;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Functions.Tests.Chat.Slack;

public sealed class SlackEndpointTests(ChatHostFactory factory) : IClassFixture<ChatHostFactory>
{
    private const string Command = "/api/chat/slack";
    private const string Interactions = "/api/chat/slack/interactions";

    [Fact]
    public async Task A_signed_command_is_answered_in_channel_with_verdict_quote_explanation_source_and_buttons_and_recorded_with_its_team()
    {
        var client = factory.CreateClient();
        var trigger = NewTrigger();

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Slack(Command, ChatRequests.SlackCommandBody("Musk contributed $2 billion to OpenAI.", trigger))));

        Assert.Equal("in_channel", reply.GetProperty("response_type").GetString());
        var blocks = reply.GetProperty("blocks").EnumerateArray().ToArray();
        var texts = string.Join("\n", blocks.Where(b => b.TryGetProperty("text", out _)).Select(b => b.GetProperty("text").GetProperty("text").GetString()));
        Assert.Matches(@"\*❌\ Contradicted\*\ \(confidence\ \d{1,3}%\)", texts);
        Assert.Contains("Musk contributed $2 billion to OpenAI.", texts, StringComparison.Ordinal);
        Assert.Contains(">“Il a également renié sa promesse", texts, StringComparison.Ordinal);
        Assert.Contains("*Why:* The article gives $100 million", texts, StringComparison.Ordinal);
        Assert.All(blocks.Where(b => b.TryGetProperty("text", out _)), b => Assert.True(b.GetProperty("text").GetProperty("verbatim").GetBoolean()));
        Assert.Contains("Source: Les remontrances", blocks.Single(b => b.GetProperty("type").GetString() == "context").GetProperty("elements")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var buttons = blocks.Single(b => b.GetProperty("type").GetString() == "actions").GetProperty("elements").EnumerateArray().ToArray();
        Assert.Equal(["👍 Right", "👎 Wrong"], buttons.Select(b => b.GetProperty("text").GetProperty("text").GetString()));
        var checkId = ChatDeliveries.CheckIdFor(new ChatDelivery(ChatPlatform.Slack, trigger, null, null));
        Assert.Equal($"fb:y:en:{checkId}", buttons[0].GetProperty("value").GetString());
        var row = Assert.Single(factory.Checks.Added, c => c.Id == checkId);
        Assert.Equal(("slack", "T0001", "U2147483697", "contradicted"), (row.Channel, row.SpaceId, row.UserId, row.Verdict));
    }

    [Fact]
    public async Task A_retry_with_X_Slack_Retry_Num_gets_the_first_answer_and_records_no_second_check()
    {
        var client = factory.CreateClient();
        var body = ChatRequests.SlackCommandBody("OpenAI was founded in 2015.", NewTrigger());
        var first = await client.SendAsync(ChatRequests.Slack(Command, body));
        var firstBody = await first.Content.ReadAsStringAsync();
        var checks = factory.Checks.Count;
        var deliveries = factory.Deliveries.Count;

        using var retry = ChatRequests.Slack(Command, body, ChatRequests.Now(2));
        retry.Headers.Add("X-Slack-Retry-Num", "1");
        retry.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        var second = await client.SendAsync(retry);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        Assert.Equal(checks, factory.Checks.Count);
        Assert.Equal(deliveries, factory.Deliveries.Count);
    }

    [Fact]
    public async Task A_french_claim_gets_french_labels_explanation_and_buttons()
    {
        var client = factory.CreateClient();

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Slack(Command, ChatRequests.SlackCommandBody("OpenAI a été fondée en 2017.", NewTrigger()))));

        var blocks = reply.GetProperty("blocks").EnumerateArray().ToArray();
        var texts = string.Join("\n", blocks.Where(b => b.TryGetProperty("text", out _)).Select(b => b.GetProperty("text").GetProperty("text").GetString()));
        Assert.Matches(@"\*❌\ Contredit\*\ \(confiance\ \d{1,3} %\)", texts);
        Assert.Contains("*Affirmation:* OpenAI a été fondée en 2017.", texts, StringComparison.Ordinal);
        Assert.Contains("*Pourquoi:* L'article donne 2015", texts, StringComparison.Ordinal);
        var buttons = blocks.Single(b => b.GetProperty("type").GetString() == "actions").GetProperty("elements").EnumerateArray().ToArray();
        Assert.Equal(["👍 Juste", "👎 Faux"], buttons.Select(b => b.GetProperty("text").GetProperty("text").GetString()));
        Assert.All(buttons, b => Assert.StartsWith("fb:", b.GetProperty("value").GetString()!, StringComparison.Ordinal));
        Assert.Contains(":fr:", buttons[0].GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!channel> OpenAI was founded in 2015 & <@U024BE7LH> @here <https://example.com|click>")]
    [InlineData("&lt;!everyone&gt; OpenAI was founded in 2015 &amp; <!subteam^SAZ94GDB8|@team>")]
    public async Task Mentions_links_and_markup_in_a_claim_are_escaped_and_ping_nobody(string typed)
    {
        var client = factory.CreateClient();

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Slack(Command, ChatRequests.SlackCommandBody(typed, NewTrigger()))));

        var texts = reply.GetProperty("blocks").EnumerateArray().Where(b => b.TryGetProperty("text", out _)).Select(b => b.GetProperty("text").GetProperty("text").GetString()!)
            .Append(reply.GetProperty("text").GetString()!).ToArray();
        foreach (var text in texts)
        {
            // Every mention, channel or link in Slack starts with a literal '<': escaped text has none but our own.
            Assert.DoesNotContain('<', text);
            Assert.DoesNotContain("<!", text, StringComparison.Ordinal);
        }

        Assert.Contains("&amp;", texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blank_text_gets_an_ephemeral_usage_message_and_records_nothing()
    {
        var client = factory.CreateClient();
        var checks = factory.Checks.Count;

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Slack(Command, ChatRequests.SlackCommandBody("   ", NewTrigger(), "/verify"))));

        Assert.Equal("ephemeral", reply.GetProperty("response_type").GetString());
        Assert.StartsWith("Usage: /verify &lt;claim&gt;", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(checks, factory.Checks.Count);
    }

    [Fact]
    public async Task A_claim_over_1000_characters_is_refused_in_an_ephemeral_message()
    {
        var client = factory.CreateClient();
        var checks = factory.Checks.Count;

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Slack(Command, ChatRequests.SlackCommandBody(new string('a', 1001), NewTrigger()))));

        Assert.Equal("ephemeral", reply.GetProperty("response_type").GetString());
        Assert.Contains("1001 characters; at most 1000", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(checks, factory.Checks.Count);
    }

    [Fact]
    public async Task The_longest_claim_of_escaping_characters_stays_within_the_section_limit_without_a_lone_surrogate()
    {
        var client = factory.CreateClient();
        var claim = string.Concat(Enumerable.Repeat("&&&😀", 200));

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Slack(Command, ChatRequests.SlackCommandBody(claim, NewTrigger()))));

        foreach (var block in reply.GetProperty("blocks").EnumerateArray().Where(b => b.TryGetProperty("text", out _)))
        {
            var text = block.GetProperty("text").GetProperty("text").GetString()!;
            Assert.InRange(text.Length, 1, SlackReplies.MaxSectionText);
            ChatAssert.HasNoLoneSurrogate(text);
        }

        Assert.EndsWith("…", reply.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pressing_a_feedback_button_stores_feedback_for_that_check_once()
    {
        var client = factory.CreateClient();
        var trigger = NewTrigger();
        await client.SendAsync(ChatRequests.Slack(Command, ChatRequests.SlackCommandBody("OpenAI was founded in 2016.", trigger)));
        var checkId = ChatDeliveries.CheckIdFor(new ChatDelivery(ChatPlatform.Slack, trigger, null, null));
        var press = ChatRequests.SlackInteractionBody($"fb:n:en:{checkId}", NewTrigger());

        var first = await client.SendAsync(ChatRequests.Slack(Interactions, press));
        var again = await client.SendAsync(ChatRequests.Slack(Interactions, press));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var feedback = Assert.Single(await factory.Feedback.ListAsync(checkId, CancellationToken.None));
        Assert.False(feedback.Correct);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("wrong-secret")]
    [InlineData("stale")]
    [InlineData("unsigned")]
    public async Task A_command_or_button_press_that_fails_verification_is_401_and_stores_nothing(string how)
    {
        var client = factory.CreateClient();
        var checks = factory.Checks.Count;
        var feedback = factory.Feedback.Count;
        foreach (var (route, body) in new[] { (Command, ChatRequests.SlackCommandBody("OpenAI was founded in 2015.", NewTrigger())), (Interactions, ChatRequests.SlackInteractionBody("fb:y:en:" + new string('a', 32), NewTrigger())) })
        {
            var timestamp = ChatRequests.Now();
            using var request = how switch
            {
                "tampered" => ChatRequests.Slack(route, body + "x", timestamp, ChatRequests.SlackSignature(ChatHostFactory.SlackSecret, timestamp, body)),
                "wrong-secret" => ChatRequests.Slack(route, body, secret: "another-signing-secret-0000"),
                "stale" => ChatRequests.Slack(route, body, ChatRequests.Now(-301)),
                _ => new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") },
            };

            var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(checks, factory.Checks.Count);
        Assert.Equal(feedback, factory.Feedback.Count);
    }

    [Fact]
    public async Task A_json_body_is_415_and_a_body_over_16_KiB_is_413()
    {
        var client = factory.CreateClient();

        var json = await client.PostAsync(Command, new StringContent("{}", Encoding.UTF8, "application/json"));
        var large = await client.SendAsync(ChatRequests.Slack(Command, ChatRequests.SlackCommandBody(new string('a', 17000), NewTrigger())));

        await ProblemAssert.IsProblemAsync(json, HttpStatusCode.UnsupportedMediaType, "Unsupported media type");
        await ProblemAssert.IsProblemAsync(large, HttpStatusCode.RequestEntityTooLarge, "Request body too large");
    }

    [Theory]
    [InlineData("text=hello&team_id=T1&user_id=U1&command=%2Ff", "Missing field")]
    [InlineData("text=a&text=b&team_id=T1&user_id=U1&trigger_id=1.2.3", "Repeated field")]
    [InlineData("text=a&team_id=T1&user_id=U1&trigger_id=%01", "Invalid id")]
    public async Task A_signed_form_without_what_slack_always_sends_is_a_400_problem(string body, string title)
    {
        var client = factory.CreateClient();

        var response = await client.SendAsync(ChatRequests.Slack(Command, body));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, title);
    }

    [Theory]
    [InlineData("payload=%7Bnot%20json")]
    [InlineData("payload=%7B%22type%22%3A%22block_actions%22%7D")]
    [InlineData("nothing=here")]
    public async Task A_signed_interaction_with_a_bad_payload_is_a_400_problem(string body)
    {
        var client = factory.CreateClient();

        var response = await client.SendAsync(ChatRequests.Slack(Interactions, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string NewTrigger() => $"{Random.Shared.NextInt64(100000000000, 999999999999)}.47445629121.{Guid.NewGuid():N}";
}

/// <summary>Slack's documented example request, end to end, on a host whose clock is the example's.</summary>
public sealed class SlackDocumentedExampleTests(SlackDocumentedExampleTests.Host factory) : IClassFixture<SlackDocumentedExampleTests.Host>
{
    [Fact]
    public async Task Slacks_documented_request_is_accepted_and_its_empty_text_gets_usage()
    {
        var client = factory.CreateClient();

        var response = await client.SendAsync(ChatRequests.Slack(
            "/api/chat/slack", SlackSignatureVerifierTests.DocumentedBody, SlackSignatureVerifierTests.DocumentedTimestamp, SlackSignatureVerifierTests.DocumentedSignature));

        var reply = await ChatAssert.ReplyAsync(response);
        Assert.Equal("ephemeral", reply.GetProperty("response_type").GetString());
        Assert.StartsWith("Usage: /webhook-collect", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    public sealed class Host : ChatHostFactory
    {
        protected override TimeProvider? Time { get; } = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618 + 5));
    }
}
