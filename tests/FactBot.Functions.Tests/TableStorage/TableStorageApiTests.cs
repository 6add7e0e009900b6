using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using FactBot.Functions.Tests.Http;
using FactBot.Functions.Tests.Webhooks;
using FactBot.Functions.Webhooks;
using FactBot.TestSupport.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Functions.Tests.TableStorage;

/// <summary>The same routes with a connection string: checks, feedback and deliveries are Table Storage rows.</summary>
[Collection(AzuriteApiTests.Name)]
public sealed class TableStorageApiTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private readonly TableStorageHostFactory factory = new(azurite);

    public async Task InitializeAsync() => await factory.SeedAsync();

    public async Task DisposeAsync() => await factory.DisposeAsync();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Check_IsRecordedAsATableRow_AndCanBeReadBackAndGivenFeedback()
    {
        var client = factory.CreateClient();

        var check = await ApiEndpointTests.JsonAsync(await client.PostAsJsonAsync("/api/claims/check", new { claim = "OpenAI was founded in 2014." }));
        var id = check.GetProperty("id").GetString()!;
        var recorded = await ApiEndpointTests.JsonAsync(await client.GetAsync($"/api/claims/{id}"));
        var feedback = await client.PostAsJsonAsync($"/api/claims/{id}/feedback", new { correct = true, comment = "right" });
        var unknown = await client.PostAsJsonAsync($"/api/claims/{new string('0', 32)}/feedback", new { correct = false });

        Assert.True(check.GetProperty("recorded").GetBoolean());
        Assert.Equal("contradicted", recorded.GetProperty("verdict").GetString());
        Assert.Equal("openai-founded-2015", recorded.GetProperty("factId").GetString());
        Assert.Equal("api", recorded.GetProperty("channel").GetString());
        Assert.Equal(HttpStatusCode.Accepted, feedback.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var rows = azurite.CreateServiceClient().GetTableClient(TableName("ChecksTable")).Query<TableEntity>(e => e.PartitionKey == id).ToList();
        Assert.Single(rows);
    }

    [Fact]
    public async Task Webhook_ConcurrentDeliveriesOfOneId_AgreeAndLeaveOneCheckRow()
    {
        var client = factory.CreateClient();
        var webhookId = "msg_table_" + Guid.NewGuid().ToString("N");
        const string body = """{"claim": "Microsoft invested $10 billion in OpenAI."}""";
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            using var response = await client.SendAsync(WebhookEndpointTests.Delivery(webhookId, body));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })).ToArray();

        start.SetResult();
        var answers = await Task.WhenAll(racers);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        var checkId = WebhookService.CheckIdFor(webhookId);
        var rows = azurite.CreateServiceClient().GetTableClient(TableName("ChecksTable")).Query<TableEntity>(e => e.PartitionKey == checkId).ToList();
        Assert.Single(rows);
        Assert.Equal("webhook", rows[0].GetString("Channel"));
    }

    [Fact]
    public async Task Facts_PagedWithTableContinuationTokens_ListEverySeededRecordOnce()
    {
        var client = factory.CreateClient();
        var ids = new List<string>();
        string? token = null;

        do
        {
            var url = "/api/facts?pageSize=7" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = await ApiEndpointTests.JsonAsync(await client.GetAsync(url));
            ids.AddRange(page.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("id").GetString()!));
            token = page.TryGetProperty("continuationToken", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (token is not null);

        var health = await ApiEndpointTests.JsonAsync(await client.GetAsync("/api/health"));
        Assert.Equal("table", health.GetProperty("store").GetString());
        Assert.Equal(health.GetProperty("facts").GetInt32(), ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private string TableName(string setting) =>
        factory.Services.GetRequiredService<IConfiguration>()["FactBot:Storage:" + setting]!;
}
