using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactBot.Functions.Tests.Webhooks;
using FactBot.TestSupport.Azurite;
using Xunit.Abstractions;

namespace FactBot.Functions.Tests.TableStorage;

/// <summary>
/// The LocalHost on an Azurite of its own, which the test stops mid-run: checks keep answering from the snapshot
/// without waiting on the dead log, while webhook deliveries refuse to acknowledge what they could not record.
/// </summary>
public sealed class StoreDownTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string Claim = "OpenAI was founded in 2015.";
    private readonly AzuriteFixture azurite = new();
    private TableStorageHostFactory? factory;

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        factory = new TableStorageHostFactory(azurite) { RecordTimeout = null, AttemptTimeout = null };
        await factory.SeedAsync();
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        azurite.Dispose();
    }

    public void Dispose()
    {
        factory?.Dispose();
        azurite.Dispose();
    }

    [Fact]
    public async Task With_the_store_killed_checks_answer_unrecorded_and_fast_while_deliveries_get_503_with_retry_after()
    {
        // Arrange: a recorded check loads the snapshot; then the store dies. The first write of a fresh host also creates
        // the table, which on a loaded machine can outlast the 40 ms record timeout, so the healthy store gets a few tries.
        var client = factory!.CreateClient();
        var before = await FirstRecordedCheckAsync(client);
        azurite.Dispose();

        // Act
        var checks = new List<(bool Recorded, string? Verdict, double Ms)>();
        for (var i = 0; i < 40; i++)
        {
            var clock = Stopwatch.StartNew();
            var body = await CheckAsync(client);
            checks.Add((body.GetProperty("recorded").GetBoolean(), body.GetProperty("verdict").GetString(), clock.Elapsed.TotalMilliseconds));
        }

        var deliveryClock = Stopwatch.StartNew();
        var delivery = await client.SendAsync(WebhookEndpointTests.Delivery("msg_" + Guid.NewGuid().ToString("N"), $$"""{"claim": "{{Claim}}"}"""));
        var deliveryMs = deliveryClock.Elapsed.TotalMilliseconds;
        output.WriteLine($"checks with the store down (ms, in order): {string.Join(' ', checks.Select(c => c.Ms.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}; refused delivery {deliveryMs:F1} ms");

        // Assert: the same verdict as before, never claimed recorded; even the first checks, before the breaker opens,
        // make one attempt at the log and do not wait out a retry (100 ms, then 200 ms); once it is open the rest do
        // not touch the store at all. A shared machine can stall one request for a few hundred ms, so two are allowed
        // over 250 ms: a check that waited on retries would put every check before the breaker opens over it.
        Assert.True(before.GetProperty("recorded").GetBoolean());
        Assert.All(checks, c => Assert.Equal((false, before.GetProperty("verdict").GetString()), (c.Recorded, c.Verdict)));
        var slow = checks.Where(c => c.Ms >= 250).ToArray();
        Assert.True(slow.Length <= 2, $"{slow.Length} checks took 250 ms or more");
        var settled = checks.Skip(10).Select(c => c.Ms).Order().ToArray();
        Assert.True(settled[(int)(settled.Length * 0.9)] < 50, $"p90 of the later checks was {settled[(int)(settled.Length * 0.9)]:F0} ms");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, delivery.StatusCode);
        Assert.Equal("5", delivery.Headers.RetryAfter?.ToString());
        Assert.True(deliveryMs < 500, $"the refused delivery took {deliveryMs:F0} ms");
    }

    private static async Task<JsonElement> FirstRecordedCheckAsync(HttpClient client)
    {
        var body = await CheckAsync(client);
        for (var attempt = 1; attempt < 20 && !body.GetProperty("recorded").GetBoolean(); attempt++)
        {
            body = await CheckAsync(client);
        }

        return body;
    }

    private static async Task<JsonElement> CheckAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/claims/check", new { claim = Claim });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
