using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactBot.Core.Seeds;
using FactBot.Storage;
using FactBot.TestSupport.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FactBot.Functions.Tests.TableStorage;

/// <summary>
/// The LocalHost started while its Azurite is not running yet, then brought up, re-seeded and killed: the host starts
/// anyway, says 503 until the first snapshot loads, takes a re-seed without a restart, and keeps the last good snapshot
/// (with the failure in the health report) once the store is gone.
/// </summary>
public sealed class SnapshotLifecycleTests(ITestOutputHelper output) : IDisposable
{
    private const string Claim = "OpenAI was founded in 2015.";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly AzuriteFixture azurite = new() { RequestedPort = AzuriteFixture.FreeLoopbackPort() };

    [Fact]
    public async Task Started_with_the_store_down_the_host_answers_503_until_the_facts_load_then_follows_a_reseed_and_outlives_the_store()
    {
        // Arrange: the host is pointed at a port where nothing listens yet.
        using var host = new TableStorageHostFactory(azurite).WithWebHostBuilder(b => b.UseSetting("FactBot:Snapshot:RefreshInterval", "00:00:00.500"));
        var client = host.CreateClient();

        // Act 1: store down at start.
        var healthDown = await client.GetAsync("/api/health");
        var checkDown = await client.PostAsJsonAsync("/api/claims/check", new { claim = Claim });

        // Act 2: the store comes up and is seeded; the host recovers by itself.
        await azurite.InitializeAsync();
        var up = Stopwatch.StartNew();
        var seeds = SeedLoader.LoadDirectory(SeedDirectory.Locate(workingDirectory: AppContext.BaseDirectory));
        await UntilAsync(async () =>
        {
            await host.Services.GetRequiredService<IFactSeeder>().SeedAsync(seeds, CancellationToken.None);
            return true;
        });
        var healthy = default(JsonElement);
        // (A refresh may land while the seeder is still writing: the next one, the manifest then written, completes it.)
        await UntilAsync(async () =>
            (healthy = await HealthAsync(client, HttpStatusCode.OK)).ValueKind == JsonValueKind.Object
            && healthy.GetProperty("facts").GetInt32() == seeds.Facts.Count);
        var recoveredMs = up.ElapsedMilliseconds;
        var checkUp = await client.PostAsJsonAsync("/api/claims/check", new { claim = Claim });

        // Act 3: re-seeded without one fact; the running host follows within a few refreshes.
        var fewer = seeds with { Facts = seeds.Facts.Skip(1).ToList() };
        await host.Services.GetRequiredService<IFactSeeder>().SeedAsync(fewer, CancellationToken.None);
        var reseeded = Stopwatch.StartNew();
        var afterReseed = default(JsonElement);
        await UntilAsync(async () =>
            (afterReseed = await HealthAsync(client, HttpStatusCode.OK)).ValueKind == JsonValueKind.Object
            && afterReseed.GetProperty("seedVersion").GetString() != healthy.GetProperty("seedVersion").GetString());
        var reseedMs = reseeded.ElapsedMilliseconds;

        // Act 4: the store dies; the snapshot stays and the failure shows. A refresh may still land between the
        // re-seed showing and the death, so the snapshot kept is the one health reports just before it.
        var beforeDeath = await HealthAsync(client, HttpStatusCode.OK);
        azurite.Dispose();
        var failed = default(JsonElement);
        await UntilAsync(async () =>
            (failed = await HealthAsync(client, HttpStatusCode.ServiceUnavailable)).ValueKind == JsonValueKind.Object
            && failed.GetProperty("refresh").GetProperty("lastFailure").GetString() is not null);
        var checkAfterDeath = await client.PostAsJsonAsync("/api/claims/check", new { claim = Claim });
        output.WriteLine($"recovered {recoveredMs} ms after Azurite came up (seeding included); re-seed visible after {reseedMs} ms; failure shown: {failed.GetProperty("refresh")}");

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthDown.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, checkDown.StatusCode);
        Assert.Equal("5", checkDown.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.OK, checkUp.StatusCode);
        Assert.Equal(seeds.Facts.Count - 1, afterReseed.GetProperty("facts").GetInt32());
        Assert.True(reseedMs < 5000, $"the re-seed took {reseedMs} ms to show");
        Assert.Equal(beforeDeath.GetProperty("refresh").GetProperty("loadedAt").GetString(), failed.GetProperty("refresh").GetProperty("loadedAt").GetString());
        Assert.Equal(HttpStatusCode.OK, checkAfterDeath.StatusCode);
        Assert.False((await checkAfterDeath.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recorded").GetBoolean());
    }

    public void Dispose() => azurite.Dispose();

    // The health body when the status is the one expected, else an undefined element.
    private static async Task<JsonElement> HealthAsync(HttpClient client, HttpStatusCode expected)
    {
        var response = await client.GetAsync("/api/health");
        return response.StatusCode == expected ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
    }

    // Polls (every 100 ms, at most Patience) until the condition holds; a condition that throws is tried again.
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (Exception) when (clock.Elapsed < Patience)
            {
                // Not yet: the store is still coming up, or the breaker is still open.
            }

            Assert.True(clock.Elapsed < Patience, "the condition did not hold in time");
            await Task.Delay(100);
        }
    }
}
