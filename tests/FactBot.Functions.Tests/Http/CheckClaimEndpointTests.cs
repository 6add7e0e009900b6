using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace FactBot.Functions.Tests.Http;

public sealed class CheckClaimEndpointTests(EmbeddedLocalHostFactory factory) : IClassFixture<EmbeddedLocalHostFactory>
{
    private const string Route = "/api/claims/check";

    [Fact]
    public async Task Posting_a_claim_answers_200_with_the_check_response_shape()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(Route, new { claim = "OpenAI was founded in 2015." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var body = document.RootElement;
        Assert.Equal("OpenAI was founded in 2015.", body.GetProperty("claim").GetString());
        Assert.Contains(body.GetProperty("verdict").GetString(), new[] { "supported", "contradicted", "unknown" });
        Assert.InRange(body.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.Contains(body.GetProperty("evidence").ValueKind, new[] { JsonValueKind.Null, JsonValueKind.Object });
        Assert.Equal(JsonValueKind.String, body.GetProperty("explanation").ValueKind);
        Assert.Contains(body.GetProperty("language").GetString(), new[] { "en", "fr" });
        Assert.Equal(JsonValueKind.Array, body.GetProperty("related").ValueKind);
    }

    [Theory]
    [InlineData("OpenAI was founded in 2015.", "en")]
    [InlineData("OpenAI a été fondée en 2015.", "fr")]
    public async Task A_true_founding_claim_is_supported_by_the_articles_sentence(string claim, string language)
    {
        var client = factory.CreateClient();

        var body = await CheckAsync(client, claim);

        Assert.Equal("supported", body.GetProperty("verdict").GetString());
        Assert.Equal(language, body.GetProperty("language").GetString());
        var evidence = body.GetProperty("evidence");
        Assert.Contains("fondée en 2015", evidence.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Equal("openai-founded-2015", evidence.GetProperty("factId").GetString());
        Assert.Equal("2023-03", evidence.GetProperty("source").GetProperty("published").GetString());
    }

    [Fact]
    public async Task A_wrong_founding_year_is_contradicted_by_the_articles_sentence()
    {
        var client = factory.CreateClient();

        var body = await CheckAsync(client, "OpenAI was founded in 2017.");

        Assert.Equal("contradicted", body.GetProperty("verdict").GetString());
        Assert.Contains("fondée en 2015", body.GetProperty("evidence").GetProperty("sentence").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"claim\":", "Malformed JSON")]
    [InlineData("{\"claim\": 42}", "Wrong JSON type")]
    [InlineData("{}", "Missing claim")]
    [InlineData("{\"text\": \"OpenAI was founded in 2015.\"}", "Unknown property")]
    [InlineData("{\"claim\": \"   \"}", "Blank claim")]
    [InlineData("null", "Missing request body")]
    [InlineData("", "Missing request body")]
    public async Task Bad_json_bodies_are_refused_with_400_problem_json(string body, string title)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(Route, new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, title);
    }

    [Fact]
    public async Task A_claim_over_1000_characters_is_refused_as_too_long()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(Route, new { claim = new string('a', 1001) });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Claim too long");
        Assert.Contains("1001", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_text_body_is_refused_with_415()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(Route, new StringContent("OpenAI was founded in 2015.", Encoding.UTF8, "text/plain"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "Unsupported media type");
    }

    [Fact]
    public async Task Get_on_the_check_route_is_refused_with_405_and_allow_post()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(Route);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed, "Method not allowed");
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/api/claims/nope")]
    [InlineData("/claims/check")]
    [InlineData("/favicon.ico")]
    public async Task An_unknown_route_is_answered_with_404_problem_json(string path)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(path, new { claim = "x" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Not found");
    }

    private static async Task<JsonElement> CheckAsync(HttpClient client, string claim)
    {
        var response = await client.PostAsJsonAsync(Route, new { claim });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
