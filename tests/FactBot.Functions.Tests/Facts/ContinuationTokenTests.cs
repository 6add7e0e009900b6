using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactBot.Functions.Tests.Http;
using FactBot.Functions.Tests.TableStorage;
using FactBot.TestSupport.Azurite;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FactBot.Functions.Tests.Facts;

/// <summary>Both stores issue URL-safe tokens and refuse, with the same 400, any token they did not issue.</summary>
[Collection(AzuriteApiTests.Name)]
public sealed partial class ContinuationTokenTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private readonly EmbeddedLocalHostFactory embedded = new();
    private readonly TableStorageHostFactory table = new(azurite);

    public static TheoryData<string, string> Forgeries() => new()
    {
        { "embedded", "abc" }, { "embedded", "2" }, { "embedded", "banana" }, { "embedded", "AAAAAAAAAAAAAAAAAAAA" },
        { "table", "abc" }, { "table", "2" }, { "table", "banana" }, { "table", "AAAAAAAAAAAAAAAAAAAA" },
    };

    public static TheoryData<string> Stores() => new() { "embedded", "table" };

    public async Task InitializeAsync() => await table.SeedAsync();

    public async Task DisposeAsync()
    {
        await embedded.DisposeAsync();
        await table.DisposeAsync();
    }

    public void Dispose()
    {
        embedded.Dispose();
        table.Dispose();
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task An_issued_token_is_url_safe_and_leads_to_the_next_page(string store)
    {
        var client = Host(store).CreateClient();

        var first = await PageAsync(client, null);
        var token = first.GetProperty("continuationToken").GetString()!;
        var second = await PageAsync(client, token);

        Assert.Matches(UrlSafe(), token);
        Assert.NotEqual(first.GetProperty("facts")[0].GetProperty("id").GetString(), second.GetProperty("facts")[0].GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_token_the_api_did_not_issue_is_a_400(string store, string token) =>
        await AssertRefusedAsync(Host(store).CreateClient(), token);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_truncated_tampered_padded_or_other_store_token_is_a_400(string store)
    {
        var client = Host(store).CreateClient();
        var token = (await PageAsync(client, null)).GetProperty("continuationToken").GetString()!;
        var other = (await PageAsync(Host(store == "table" ? "embedded" : "table").CreateClient(), null)).GetProperty("continuationToken").GetString()!;
        var middle = token.Length / 2;
        var flipped = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];

        foreach (var bad in new[] { token[..^1], token[..^4], token[1..], flipped, token + "=", token + "A", " " + token, token.Replace('-', '+').Replace('_', '/') + "==", other })
        {
            await AssertRefusedAsync(client, bad);
        }
    }

    private static async Task AssertRefusedAsync(HttpClient client, string token)
    {
        var response = await client.GetAsync("/api/facts?pageSize=5&continuationToken=" + Uri.EscapeDataString(token));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Invalid continuation token");
    }

    private static async Task<JsonElement> PageAsync(HttpClient client, string? token)
    {
        var response = await client.GetAsync("/api/facts?pageSize=5" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex UrlSafe();

    private WebApplicationFactory<FactBot.LocalHost.LocalHostMarker> Host(string store) => store == "table" ? table : embedded;
}
