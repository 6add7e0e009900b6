using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using FactBot.Functions.Tests.Http;
using FactBot.Functions.Webhooks;

namespace FactBot.Functions.Tests.Webhooks;

public sealed class WebhookEndpointTests(ApiHostFactory factory) : IClassFixture<ApiHostFactory>
{
    private const string Route = "/api/webhooks/claims";
    private const string Body = """{"claim": "Musk contributed $2 billion to OpenAI.", "metadata": {"ticket": 42}}""";

    internal static HttpRequestMessage Delivery(string webhookId, string body, string? signature = null, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", webhookId);
        request.Headers.Add("webhook-timestamp", timestamp);
        request.Headers.Add("webhook-signature", signature ?? ApiHostFactory.Sign(webhookId, timestamp, body));
        return request;
    }

    [Fact]
    public async Task A_signed_delivery_is_checked_and_a_redelivery_gets_the_same_answer_recording_nothing_new()
    {
        var client = factory.CreateClient();
        var id = "msg_" + Guid.NewGuid().ToString("N");

        var first = await client.SendAsync(Delivery(id, Body));
        var firstBody = await first.Content.ReadAsStringAsync();
        var checks = factory.Checks.Count;
        var deliveries = factory.Deliveries.Count;
        var second = await client.SendAsync(Delivery(id, Body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(firstBody);
        Assert.Equal(WebhookService.CheckIdFor(id), json.RootElement.GetProperty("id").GetString());
        Assert.Equal("contradicted", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(checks, factory.Checks.Count);
        Assert.Equal(deliveries, factory.Deliveries.Count);
        var recorded = await ApiEndpointTests.JsonAsync(await client.GetAsync($"/api/claims/{WebhookService.CheckIdFor(id)}"));
        Assert.Equal("webhook", recorded.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Twenty_concurrent_deliveries_of_one_webhook_id_all_get_one_answer_and_one_check_is_recorded()
    {
        var client = factory.CreateClient();
        var id = "msg_race_" + Guid.NewGuid().ToString("N");
        var checkId = WebhookService.CheckIdFor(id);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            using var response = await client.SendAsync(Delivery(id, Body));
            return (Status: response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })).ToArray();

        start.SetResult();
        var answers = await Task.WhenAll(racers);

        Assert.Equal(20, answers.Length);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.Single(factory.Checks.Added, c => c.Id == checkId);
        Assert.NotNull(await factory.Deliveries.FindAsync(id, CancellationToken.None));
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("wrong-secret")]
    [InlineData("stale")]
    [InlineData("future")]
    [InlineData("malformed")]
    public async Task A_delivery_that_fails_verification_is_401_and_stores_nothing(string how)
    {
        var client = factory.CreateClient();
        var id = "msg_" + Guid.NewGuid().ToString("N");
        var checks = factory.Checks.Count;
        var deliveries = factory.Deliveries.Count;
        var now = DateTimeOffset.UtcNow;
        using var request = how switch
        {
            "tampered" => Delivery(id, Body.Replace("$2 billion", "$100 million", StringComparison.Ordinal), ApiHostFactory.Sign(id, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), Body), now),
            "wrong-secret" => Delivery(id, Body, ApiHostFactory.Sign(id, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), Body, Encoding.UTF8.GetBytes("not the shared secret!!!")), now),
            "stale" => Delivery(id, Body, at: now.AddMinutes(-6)),
            "future" => Delivery(id, Body, at: now.AddMinutes(6)),
            _ => Delivery(id, Body, "sha256=abcdef"),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(checks, factory.Checks.Count);
        Assert.Equal(deliveries, factory.Deliveries.Count);
    }

    [Fact]
    public async Task A_delivery_without_headers_is_401()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(Route, new StringContent(Body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "Missing webhook headers");
    }
}

public sealed class UnconfiguredWebhookTests(UnconfiguredWebhookHostFactory factory) : IClassFixture<UnconfiguredWebhookHostFactory>
{
    [Fact]
    public async Task Without_a_secret_the_webhook_answers_503_not_configured()
    {
        var client = factory.CreateClient();

        var response = await client.SendAsync(WebhookEndpointTests.Delivery("msg_1", """{"claim": "x"}"""));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, "Webhook not configured");
    }
}
