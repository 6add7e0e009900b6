using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using FactBot.Functions.Tests.Http;
using FactBot.Functions.Tests.Webhooks;
using FactBot.TestSupport.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Functions.Tests.TableStorage;

/// <summary>Tables deleted under a running host (an Azurite reset, an operator's mistake): the store heals, health tells the truth.</summary>
[Collection(AzuriteApiTests.Name)]
public sealed class VanishedTableTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private readonly TableStorageHostFactory factory = new(azurite);

    public async Task InitializeAsync() => await factory.SeedAsync();

    public async Task DisposeAsync() => await factory.DisposeAsync();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Checks_feedback_and_deliveries_are_recorded_again_after_their_tables_vanish()
    {
        var client = factory.CreateClient();
        var before = await ApiEndpointTests.JsonAsync(await client.PostAsJsonAsync("/api/claims/check", new { claim = "OpenAI was founded in 2015." }));
        Assert.True(before.GetProperty("recorded").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(WebhookEndpointTests.Delivery("msg_" + Guid.NewGuid().ToString("N"), """{"claim": "OpenAI was founded in 2015."}"""))).StatusCode);
        await DeleteAsync("ChecksTable", "FeedbackTable", "WebhookDeliveriesTable");

        var after = await ApiEndpointTests.JsonAsync(await client.PostAsJsonAsync("/api/claims/check", new { claim = "OpenAI was founded in 2017." }));
        var id = after.GetProperty("id").GetString()!;
        var feedback = await client.PostAsJsonAsync($"/api/claims/{id}/feedback", new { correct = true });
        var webhookId = "msg_" + Guid.NewGuid().ToString("N");
        var delivery = await client.SendAsync(WebhookEndpointTests.Delivery(webhookId, """{"claim": "OpenAI was founded in 2016."}"""));
        var redelivery = await client.SendAsync(WebhookEndpointTests.Delivery(webhookId, """{"claim": "OpenAI was founded in 2016."}"""));

        Assert.True(after.GetProperty("recorded").GetBoolean());
        Assert.Equal(HttpStatusCode.Accepted, feedback.StatusCode);
        Assert.Equal(HttpStatusCode.OK, delivery.StatusCode);
        Assert.Equal(await delivery.Content.ReadAsStringAsync(), await redelivery.Content.ReadAsStringAsync());
        Assert.Single(Table("ChecksTable").Query<TableEntity>(e => e.PartitionKey == id));
        Assert.Single(Table("FeedbackTable").Query<TableEntity>(e => e.PartitionKey == id));
        Assert.Single(Table("WebhookDeliveriesTable").Query<TableEntity>());
    }

    [Fact]
    public async Task Health_recreates_a_vanished_record_table_and_stays_ok()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        await DeleteAsync("FeedbackTable");

        var health = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(azurite.CreateServiceClient().Query(t => t.Name == TableName("FeedbackTable")), _ => true);
    }

    [Fact]
    public async Task Health_is_503_when_the_facts_table_vanishes_and_ok_again_once_it_is_seeded()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        await DeleteAsync("FactsTable");

        var gone = await ApiEndpointTests.JsonAsync(await client.GetAsync("/api/health"), expected: HttpStatusCode.ServiceUnavailable);
        await factory.Services.GetRequiredService<TableServiceClient>().CreateTableIfNotExistsAsync(TableName("FactsTable"));
        await factory.SeedAsync();
        var back = await client.GetAsync("/api/health");

        Assert.Equal("unavailable", gone.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    private async Task DeleteAsync(params string[] settings)
    {
        foreach (var setting in settings)
        {
            await azurite.CreateServiceClient().DeleteTableAsync(TableName(setting));
        }
    }

    private TableClient Table(string setting) => azurite.CreateServiceClient().GetTableClient(TableName(setting));

    private string TableName(string setting) => factory.Services.GetRequiredService<IConfiguration>()["FactBot:Storage:" + setting]!;
}
