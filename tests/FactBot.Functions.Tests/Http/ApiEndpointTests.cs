using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FactBot.Functions.Claims;

namespace FactBot.Functions.Tests.Http;

public sealed class ApiEndpointTests(ApiHostFactory factory) : IClassFixture<ApiHostFactory>
{
    [Fact]
    public async Task A_check_is_recorded_and_can_be_read_back_by_id()
    {
        var client = factory.CreateClient();

        var check = await JsonAsync(await client.PostAsJsonAsync("/api/claims/check", new { claim = "OpenAI was founded in 2017." }));
        var id = check.GetProperty("id").GetString()!;
        var recorded = await JsonAsync(await client.GetAsync($"/api/claims/{id}"));

        Assert.True(check.GetProperty("recorded").GetBoolean());
        Assert.Equal(id, recorded.GetProperty("id").GetString());
        Assert.Equal("OpenAI was founded in 2017.", recorded.GetProperty("claim").GetString());
        Assert.Equal("contradicted", recorded.GetProperty("verdict").GetString());
        Assert.Equal("en", recorded.GetProperty("language").GetString());
        Assert.Equal("api", recorded.GetProperty("channel").GetString());
        Assert.Equal("openai-founded-2015", recorded.GetProperty("factId").GetString());
        Assert.Contains("fondée en 2015", recorded.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Equal(check.GetProperty("confidence").GetDouble(), recorded.GetProperty("confidence").GetDouble());
        Assert.True(recorded.GetProperty("checkedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task Check_results_can_be_asked_for_as_claim_review_json_ld()
    {
        var client = factory.CreateClient();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/claims/check") { Content = JsonContent.Create(new { claim = "OpenAI was founded in 2015." }) };
        post.Headers.Accept.ParseAdd("application/ld+json");

        var response = await client.SendAsync(post);
        var review = await JsonAsync(response, "application/ld+json");
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/claims/{review.GetProperty("identifier").GetString()}");
        get.Headers.Accept.ParseAdd("application/json;q=0.5, application/ld+json");
        var again = await JsonAsync(await client.SendAsync(get), "application/ld+json");

        foreach (var body in new[] { review, again })
        {
            Assert.Equal("https://schema.org", body.GetProperty("@context").GetString());
            Assert.Equal("ClaimReview", body.GetProperty("@type").GetString());
            Assert.Equal("OpenAI was founded in 2015.", body.GetProperty("claimReviewed").GetString());
            var rating = body.GetProperty("reviewRating");
            Assert.Equal("Rating", rating.GetProperty("@type").GetString());
            Assert.Equal("supported", rating.GetProperty("alternateName").GetString());
            Assert.Contains("2015", rating.GetProperty("ratingExplanation").GetString(), StringComparison.Ordinal);
            Assert.Contains("fondée en 2015", body.GetProperty("citation").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal("Claim", body.GetProperty("itemReviewed").GetProperty("@type").GetString());
            Assert.Equal("FactBot", body.GetProperty("author").GetProperty("name").GetString());
            Assert.Equal("Organization", body.GetProperty("author").GetProperty("@type").GetString());
            Assert.Equal(JsonValueKind.String, body.GetProperty("datePublished").ValueKind);
        }
    }

    [Fact]
    public async Task An_unknown_check_id_is_404()
    {
        var client = factory.CreateClient();

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/claims/{new string('0', 32)}"), HttpStatusCode.NotFound, "Check not found");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/claims/short"), HttpStatusCode.NotFound, "Not found");
    }

    [Fact]
    public async Task A_batch_answers_each_claim_in_input_order_and_records_each()
    {
        var client = factory.CreateClient();
        string[] claims = ["OpenAI was founded in 2015.", "OpenAI was founded in 2017.", "The moon is made of cheese."];

        var body = await JsonAsync(await client.PostAsJsonAsync("/api/claims/batch", new { claims }));

        var results = body.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(claims, results.Select(r => r.GetProperty("claim").GetString()));
        Assert.Equal(["supported", "contradicted", "unknown"], results.Select(r => r.GetProperty("verdict").GetString()));
        Assert.Equal(3, results.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        foreach (var result in results)
        {
            var recorded = await JsonAsync(await client.GetAsync($"/api/claims/{result.GetProperty("id").GetString()}"));
            Assert.Equal("batch", recorded.GetProperty("channel").GetString());
        }
    }

    [Theory]
    [InlineData("{}", "Missing claims")]
    [InlineData("""{"claims": []}""", "Empty batch")]
    [InlineData("""{"claims": "OpenAI was founded in 2015."}""", "Wrong JSON type")]
    [InlineData("""{"claims": ["ok", 42]}""", "Wrong JSON type")]
    [InlineData("""{"claims": ["ok", null]}""", "Missing claim")]
    [InlineData("""{"claims": ["ok", " "]}""", "Blank claim")]
    public async Task A_bad_batch_is_refused_whole(string body, string title)
    {
        var client = factory.CreateClient();
        var before = factory.Checks.Count;

        var response = await client.PostAsync("/api/claims/batch", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, title);
        Assert.Equal(before, factory.Checks.Count);
    }

    [Fact]
    public async Task A_batch_of_101_claims_is_too_large_and_100_is_fine()
    {
        var client = factory.CreateClient();

        var tooMany = await client.PostAsJsonAsync("/api/claims/batch", new { claims = Enumerable.Repeat("Musk left.", 101) });
        var enough = await client.PostAsJsonAsync("/api/claims/batch", new { claims = Enumerable.Repeat("Musk left.", 100) });

        var problem = await ProblemAssert.IsProblemAsync(tooMany, HttpStatusCode.BadRequest, "Batch too large");
        Assert.Contains("101", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(100, (await JsonAsync(enough)).GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Feedback_on_a_recorded_check_is_accepted_and_stored()
    {
        var client = factory.CreateClient();
        var id = (await JsonAsync(await client.PostAsJsonAsync("/api/claims/check", new { claim = "OpenAI was founded in 2016." }))).GetProperty("id").GetString();
        var before = factory.Feedback.Count;

        var response = await client.PostAsJsonAsync($"/api/claims/{id}/feedback", new { correct = false, expectedVerdict = "contradicted", comment = "Close, but 2015." });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await JsonAsync(response, expected: HttpStatusCode.Accepted);
        Assert.Equal(id, body.GetProperty("checkId").GetString());
        Assert.Equal(before + 1, factory.Feedback.Count);
        var stored = Assert.Single(await factory.Feedback.ListAsync(id!, CancellationToken.None));
        Assert.False(stored.Correct);
        Assert.Equal("contradicted", stored.ExpectedVerdict);
        Assert.Equal("Close, but 2015.", stored.Comment);
    }

    [Theory]
    [InlineData("{}", HttpStatusCode.BadRequest, "Missing correct")]
    [InlineData("""{"correct": "yes"}""", HttpStatusCode.BadRequest, "Wrong JSON type")]
    [InlineData("""{"correct": true, "expectedVerdict": "maybe"}""", HttpStatusCode.BadRequest, "Invalid expected verdict")]
    [InlineData("""{"correct": true, "comment": "a\u0007b"}""", HttpStatusCode.BadRequest, "Forbidden character in comment")]
    public async Task Bad_feedback_is_refused_and_stores_nothing(string body, HttpStatusCode status, string title)
    {
        var client = factory.CreateClient();
        var id = (await JsonAsync(await client.PostAsJsonAsync("/api/claims/check", new { claim = "Musk left OpenAI in 2018." }))).GetProperty("id").GetString();
        var before = factory.Feedback.Count;

        var response = await client.PostAsync($"/api/claims/{id}/feedback", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, status, title);
        Assert.Equal(before, factory.Feedback.Count);
    }

    [Fact]
    public async Task Feedback_over_1000_characters_or_on_an_unknown_check_is_refused()
    {
        var client = factory.CreateClient();
        var id = (await JsonAsync(await client.PostAsJsonAsync("/api/claims/check", new { claim = "Musk left OpenAI in 2018." }))).GetProperty("id").GetString();

        var tooLong = await client.PostAsJsonAsync($"/api/claims/{id}/feedback", new { correct = true, comment = new string('x', 1001) });
        var unknown = await client.PostAsJsonAsync($"/api/claims/{new string('f', 32)}/feedback", new { correct = true });

        await ProblemAssert.IsProblemAsync(tooLong, HttpStatusCode.BadRequest, "Comment too long");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, "Check not found");
    }

    [Fact]
    public async Task Facts_page_through_every_record_with_the_continuation_token()
    {
        var client = factory.CreateClient();
        var ids = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var url = "/api/facts?pageSize=7" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = await JsonAsync(await client.GetAsync(url));
            var facts = page.GetProperty("facts").EnumerateArray().ToArray();
            Assert.InRange(facts.Length, 1, 7);
            ids.AddRange(facts.Select(f => f.GetProperty("id").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
            pages++;
        }
        while (token is not null && pages < 100);

        var health = await JsonAsync(await client.GetAsync("/api/health"));
        Assert.Equal(health.GetProperty("facts").GetInt32(), ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("openai-founded-2015", ids);
    }

    [Fact]
    public async Task A_fact_is_read_by_id_and_an_unknown_one_is_404()
    {
        var client = factory.CreateClient();

        var fact = await JsonAsync(await client.GetAsync("/api/facts/openai-founded-2015"));
        var missing = await client.GetAsync("/api/facts/no-such-fact");

        Assert.Contains("fondée en 2015", fact.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Equal("fr", fact.GetProperty("source").GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.String, fact.GetProperty("summary").GetProperty("en").ValueKind);
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound, "Fact not found");
    }

    [Theory]
    [InlineData("?pageSize=0", "Invalid page size")]
    [InlineData("?pageSize=101", "Invalid page size")]
    [InlineData("?pageSize=ten", "Invalid page size")]
    [InlineData("?pageSize=1&pageSize=2", "Repeated query parameter")]
    [InlineData("?continuationToken=banana", "Invalid continuation token")]
    [InlineData("?continuationToken=99999", "Invalid continuation token")]
    public async Task Bad_paging_parameters_are_400(string query, string title)
    {
        var client = factory.CreateClient();

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/facts" + query), HttpStatusCode.BadRequest, title);
    }

    [Fact]
    public async Task Health_reports_the_embedded_store_its_facts_and_their_version()
    {
        var client = factory.CreateClient();

        var health = await JsonAsync(await client.GetAsync("/api/health"));

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("embedded", health.GetProperty("store").GetString());
        Assert.True(health.GetProperty("facts").GetInt32() > 10);
        Assert.Matches("^[0-9a-f]{16}$", health.GetProperty("seedVersion").GetString());
    }

    [Theory]
    [InlineData("/api/claims/check", 16 * 1024)]
    [InlineData("/api/claims/batch", BatchCheckRequestValidator.MaxBatchBodyBytes)]
    [InlineData("/api/webhooks/claims", 16 * 1024)]
    public async Task A_body_over_the_routes_limit_is_413_whether_or_not_its_length_is_declared(string route, int limit)
    {
        var client = factory.CreateClient();
        var json = $$"""{"claim": "{{new string('a', limit - 12)}}"}""";
        var declared = new StringContent(json, Encoding.UTF8, "application/json");
        var chunked = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(json)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        await ProblemAssert.IsProblemAsync(await client.PostAsync(route, declared), HttpStatusCode.RequestEntityTooLarge, "Request body too large");
        await ProblemAssert.IsProblemAsync(await client.PostAsync(route, chunked), HttpStatusCode.RequestEntityTooLarge, "Request body too large");
    }

    [Theory]
    [InlineData("/api/claims/batch")]
    [InlineData("/api/webhooks/claims")]
    public async Task A_non_json_body_is_415(string route)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(route, new StringContent("claim=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "Unsupported media type");
    }

    [Fact]
    public async Task Invalid_utf8_is_400()
    {
        var client = factory.CreateClient();
        var content = new ByteArrayContent([.. "{\"claim\": \"caf"u8, 0xC3, 0x28, .. "\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        await ProblemAssert.IsProblemAsync(await client.PostAsync("/api/claims/check", content), HttpStatusCode.BadRequest, "Invalid UTF-8");
    }

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("a\u001Bb")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u202Eb")]
    [InlineData("a\u2066b")]
    [InlineData("a\u200Fb")]
    [InlineData("a\u061Cb")]
    public async Task Control_and_bidi_characters_are_400(string claim)
    {
        var client = factory.CreateClient();
        var before = factory.Checks.Count;

        var response = await client.PostAsync("/api/claims/check", new StringContent(JsonSerializer.Serialize(new { claim }), Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Forbidden character in claim");
        Assert.Equal(before, factory.Checks.Count);
    }

    [Theory]
    [InlineData("""{"claim": "a\ud800b"}""", "Invalid JSON string")]
    [InlineData("""{"claim": "a\udc00"}""", "Invalid JSON string")]
    [InlineData("""{"claim": "\u202eOpenAI was founded in 2015."}""", "Forbidden character in claim")]
    public async Task Json_escapes_of_unpaired_surrogates_and_bidi_controls_are_400(string body, string title)
    {
        var client = factory.CreateClient();
        var before = factory.Checks.Count;

        var response = await client.PostAsync("/api/claims/check", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, title);
        Assert.Equal(before, factory.Checks.Count);
    }

    [Theory]
    [InlineData("OpenAI was founded\tin 2015.")]
    [InlineData("OpenAI was founded\r\nin 2015.")]
    [InlineData("OpenAI 🚀 was founded in 2015.")]
    public async Task Ordinary_whitespace_and_paired_surrogates_are_fine(string claim)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/claims/check", new { claim });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/claims/batch", "POST")]
    [InlineData("DELETE", "/api/claims/0123456789abcdef0123456789abcdef", "GET, HEAD")]
    [InlineData("GET", "/api/claims/0123456789abcdef0123456789abcdef/feedback", "POST")]
    [InlineData("POST", "/api/facts", "GET, HEAD")]
    [InlineData("PUT", "/api/facts/openai-founded-2015", "GET, HEAD")]
    [InlineData("POST", "/api/health", "GET, HEAD")]
    [InlineData("DELETE", "/api/openapi.json", "GET, HEAD")]
    [InlineData("GET", "/api/webhooks/claims", "POST")]
    public async Task Another_method_is_405_with_allow(string method, string path, string allowed)
    {
        var client = factory.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed, "Method not allowed");
        Assert.Equal(allowed.Split(", "), response.Content.Headers.Allow);
    }

    internal static async Task<JsonElement> JsonAsync(HttpResponseMessage response, string mediaType = "application/json", HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>A body with no known length, so the client sends it chunked, without Content-Length.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
