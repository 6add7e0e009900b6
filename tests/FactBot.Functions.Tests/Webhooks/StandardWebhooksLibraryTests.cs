using System.Globalization;
using System.Net;
using System.Text;
using FactBot.Functions.Tests.Http;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace FactBot.Functions.Tests.Webhooks;

/// <summary>
/// FactBot against the StandardWebhooks .NET library: deliveries the library signs are accepted, and for every case
/// the library's own verifier and FactBot's endpoint give the same answer.
/// </summary>
public sealed class StandardWebhooksLibraryTests(ApiHostFactory factory) : IClassFixture<ApiHostFactory>
{
    private const string Body = """{"claim": "OpenAI was founded in 2015."}""";

    private const string OtherSecret = "whsec_dGhpcyBpcyBub3QgdGhlIHNoYXJlZCBzZWNyZXQ=";

    public static TheoryData<string, bool> Cases => new()
    {
        { "valid", true },
        { "redelivered", true },
        { "rotated", true },
        { "tampered", false },
        { "other-secret", false },
        { "330-seconds-old", false },
        { "330-seconds-ahead", false },
        { "270-seconds-old", true },
        { "v1a", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task FactBot_and_the_library_agree_on_every_signature_case(string how, bool valid)
    {
        var id = "msg_" + Guid.NewGuid().ToString("N");
        var (headers, body) = Signed(how, id);
        var client = factory.CreateClient();
        if (how == "redelivered")
        {
            (await client.SendAsync(Request(headers, body))).Dispose();
        }

        var response = await client.SendAsync(Request(headers, body));

        Assert.Equal(valid, LibraryAccepts(headers, body));
        Assert.Equal(valid ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_delivery_with_a_noncharacter_is_a_400_not_a_retried_503_and_stores_nothing()
    {
        var id = "msg_" + Guid.NewGuid().ToString("N");
        var body = "{\"claim\": \"Open\uFFFEAI was founded in 2015.\"}";
        var headers = Headers(id, DateTimeOffset.UtcNow, new StandardWebhook(ApiHostFactory.Secret).Sign(id, DateTimeOffset.UtcNow, body));
        var checks = factory.Checks.Count;
        var deliveries = factory.Deliveries.Count;

        var response = await factory.CreateClient().SendAsync(Request(headers, body));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Forbidden character in claim");
        Assert.Contains("U+FFFE", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Retry-After"));
        Assert.Equal(checks, factory.Checks.Count);
        Assert.Equal(deliveries, factory.Deliveries.Count);
    }

    private static (HeaderDictionary Headers, string Body) Signed(string how, string id)
    {
        var now = DateTimeOffset.UtcNow;
        var library = new StandardWebhook(ApiHostFactory.Secret);
        var at = how switch
        {
            "330-seconds-old" => now.AddSeconds(-330),
            "330-seconds-ahead" => now.AddSeconds(330),
            "270-seconds-old" => now.AddSeconds(-270),
            _ => now,
        };
        var signature = how switch
        {
            "other-secret" => new StandardWebhook(OtherSecret).Sign(id, at, Body),
            // The library (1.1.2) only accepts a rotated header whose first entry is valid; FactBot accepts a valid entry
            // anywhere, as the spec says (WebhookSignatureVerifierTests.With_a_rotated_secret_one_valid_entry_among_several_is_enough).
            "rotated" => $"{library.Sign(id, at, Body)} {new StandardWebhook(OtherSecret).Sign(id, at, Body)}",
            "v1a" => "v1a," + library.Sign(id, at, Body)["v1,".Length..],
            _ => library.Sign(id, at, Body),
        };
        return (Headers(id, at, signature), how == "tampered" ? Body.Replace("2015", "2016", StringComparison.Ordinal) : Body);
    }

    private static HeaderDictionary Headers(string id, DateTimeOffset at, string signature) => new()
    {
        ["webhook-id"] = id,
        ["webhook-timestamp"] = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        ["webhook-signature"] = signature,
    };

    private static bool LibraryAccepts(HeaderDictionary headers, string body)
    {
        try
        {
            new StandardWebhook(ApiHostFactory.Secret).Verify(body, headers);
            return true;
        }
        catch (WebhookVerificationException)
        {
            return false;
        }
    }

    private static HttpRequestMessage Request(HeaderDictionary headers, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/claims") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value.ToString());
        }

        return request;
    }
}
