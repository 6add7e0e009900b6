using System.Net;
using System.Net.Http.Json;
using FactBot.Functions.Routing;
using FactBot.Functions.Webhooks;
using FactBot.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace FactBot.Functions.Tests.LocalHost;

public sealed class LoadLimitsTests(LoadLimitsTests.LimitedHost factory) : IClassFixture<LoadLimitsTests.LimitedHost>
{
    [Fact]
    public async Task A_noisy_caller_gets_429_with_retry_after_while_another_caller_is_still_served()
    {
        var client = factory.CreateClient();

        var noisy = new List<HttpResponseMessage>();
        for (var i = 0; i < 30; i++)
        {
            noisy.Add(await client.SendAsync(Check("noisy-key")));
        }

        var quiet = await client.SendAsync(Check("quiet-key"));

        var statuses = noisy.Select(r => r.StatusCode).ToList();
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(25, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        var refused = noisy.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("1", refused.Headers.RetryAfter?.ToString());
        await Http.ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests, "Too many requests");
        Assert.Equal(HttpStatusCode.OK, quiet.StatusCode);
    }

    [Fact]
    public async Task A_noisy_webhook_sender_gets_429_with_retry_after_and_nothing_recorded_while_an_api_caller_is_served()
    {
        var client = factory.CreateClient();
        var ids = Enumerable.Range(0, 12).Select(_ => "msg_" + Guid.NewGuid().ToString("N")).ToList();

        var answers = new List<HttpResponseMessage>();
        foreach (var id in ids)
        {
            answers.Add(await client.SendAsync(Webhooks.WebhookEndpointTests.Delivery(id, """{"claim": "OpenAI was founded in 2015."}""")));
        }

        var api = await client.SendAsync(Check("webhook-neighbour-key"));

        var refused = answers.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.All(answers, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.True(refused[0].Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        await Http.ProblemAssert.IsProblemAsync(refused[0], HttpStatusCode.TooManyRequests, "Too many requests");
        var served = ids.Where((_, i) => answers[i].StatusCode == HttpStatusCode.OK).Select(WebhookService.CheckIdFor).ToHashSet();
        var recorded = factory.Checks.Added.Where(c => ids.Select(WebhookService.CheckIdFor).Contains(c.Id)).Select(c => c.Id).ToHashSet();
        Assert.Equal(served, recorded);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public void The_repository_host_json_bounds_concurrent_and_outstanding_requests()
    {
        var limits = HostJson.ReadHttpLimits(Path.Combine(RepositoryRoot.Find(), HostJson.FileName));

        Assert.NotNull(limits.MaxConcurrentRequests);
        Assert.True(limits.MaxOutstandingRequests >= limits.MaxConcurrentRequests);
    }

    private static HttpRequestMessage Check(string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/claims/check") { Content = JsonContent.Create(new { claim = "OpenAI was founded in 2015." }) };
        request.Headers.Add("x-functions-key", key);
        return request;
    }

    /// <summary>The embedded LocalHost with a limit of 1 request per second and a burst of 5 per caller.</summary>
    public sealed class LimitedHost : ApiHostFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("FactBot:RateLimit:PermitsPerSecond", "1");
            builder.UseSetting("FactBot:RateLimit:Burst", "5");
        }
    }
}
