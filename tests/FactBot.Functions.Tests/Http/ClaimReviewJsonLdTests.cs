using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactBot.Functions.Tests.OpenApi;

namespace FactBot.Functions.Tests.Http;

/// <summary>ClaimReview as Google's fact-check guidelines ask, expanded by the jsonld package (offline, with an inline context).</summary>
public sealed class ClaimReviewJsonLdTests(ApiHostFactory factory) : IClassFixture<ApiHostFactory>
{
    private const string Schema = "https://schema.org/";

    // schema.org's own context is remote; @vocab gives every term its schema.org IRI, and safe mode fails on anything dropped.
    private const string Expand = """
        const jsonld = require('jsonld');
        const doc = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        if (doc['@context'] !== 'https://schema.org') throw new Error('unexpected @context ' + JSON.stringify(doc['@context']));
        doc['@context'] = { '@vocab': 'https://schema.org/' };
        const documentLoader = url => { throw new Error('no network: ' + url); };
        jsonld.expand(doc, { documentLoader, safe: true })
          .then(expanded => console.log(JSON.stringify(expanded)))
          .catch(error => { console.error(error.message, JSON.stringify(error.details ?? {})); process.exit(1); });
        """;

    [Fact]
    public async Task A_fresh_and_a_recorded_check_expand_to_a_claim_review_with_what_google_asks_for()
    {
        var client = factory.CreateClient();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/claims/check")
        {
            Content = JsonContent.Create(new
            {
                claim = "OpenAI was founded in 2017.",
                author = "A. Blogger",
                datePublished = "2024-05-01",
                appearance = "https://example.org/posts/1",
            }),
        };
        post.Headers.Accept.ParseAdd("application/ld+json");
        var fresh = await ReadAsync(await client.SendAsync(post));
        var id = fresh.GetProperty("identifier").GetString()!;
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/claims/{id}");
        get.Headers.Accept.ParseAdd("application/ld+json");
        var recorded = await ReadAsync(await client.SendAsync(get));

        foreach (var body in new[] { fresh, recorded })
        {
            var review = (await ExpandAsync(body))[0];
            Assert.Equal($"{Schema}ClaimReview", review.GetProperty("@type")[0].GetString());
            Assert.Equal($"http://localhost/api/claims/{id}", Value(review, "url"));
            Assert.Equal("OpenAI was founded in 2017.", Value(review, "claimReviewed"));
            Assert.Equal("en", Value(review, "inLanguage"));
            var rating = Node(review, "reviewRating");
            Assert.Equal(1, Node(rating, "ratingValue").GetProperty("@value").GetInt32());
            Assert.Equal(1, Node(rating, "worstRating").GetProperty("@value").GetInt32());
            Assert.Equal(3, Node(rating, "bestRating").GetProperty("@value").GetInt32());
            Assert.Equal("contradicted", Value(rating, "alternateName"));
            Assert.Contains("2015", Value(rating, "ratingExplanation"), StringComparison.Ordinal);
            var author = Node(review, "author");
            Assert.Equal("FactBot", Value(author, "name"));
            Assert.Equal("http://localhost/", Value(author, "url"));
            var claim = Node(review, "itemReviewed");
            Assert.Equal($"{Schema}Claim", claim.GetProperty("@type")[0].GetString());
            Assert.Equal("A. Blogger", Value(Node(claim, "author"), "name"));
            Assert.Equal($"{Schema}Person", Node(claim, "author").GetProperty("@type")[0].GetString());
            Assert.Equal("2024-05-01", Value(claim, "datePublished"));
            Assert.Equal("https://example.org/posts/1", Value(Node(claim, "appearance"), "url"));
            var citation = Node(review, "citation");
            Assert.Equal("fr", Value(citation, "inLanguage"));
            Assert.Contains("fondée en 2015", Value(citation, "text"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(Value(review, "datePublished")));
        }
    }

    [Theory]
    [InlineData("""{"claim": "x", "author": "  "}""", "Blank author")]
    [InlineData("""{"claim": "x", "authorType": "Person"}""", "Author type without author")]
    [InlineData("""{"claim": "x", "author": "a", "authorType": "person"}""", "Invalid author type")]
    [InlineData("""{"claim": "x", "datePublished": "01/05/2024"}""", "Invalid date")]
    [InlineData("""{"claim": "x", "datePublished": "2024-05-01T09:30:00"}""", "Invalid date")]
    [InlineData("""{"claim": "x", "appearance": "ftp://example.org/x"}""", "Invalid appearance")]
    [InlineData("""{"claim": "x", "appearance": "/relative"}""", "Invalid appearance")]
    public async Task Bad_claim_origins_are_400(string body, string title)
    {
        var response = await factory.CreateClient().PostAsync("/api/claims/check", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, title);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        await ApiEndpointTests.JsonAsync(response, "application/ld+json");

    private static async Task<JsonElement> ExpandAsync(JsonElement body)
    {
        var (exitCode, output, error) = await NodeTool.RunAsync(["-e", Expand], body.GetRawText());
        Assert.True(exitCode == 0, error);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private static JsonElement Node(JsonElement node, string term) => node.GetProperty(Schema + term)[0];

    private static string Value(JsonElement node, string term) => Node(node, term).GetProperty("@value").ToString();
}
