using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactBot.TestSupport.Unicode;

namespace FactBot.Functions.Tests.Http;

/// <summary>Every Unicode scalar value through the HTTP API: the accepted ones are checked, the refused ones named with their index.</summary>
public sealed class WholeCodeSpaceApiTests(ApiHostFactory factory) : IClassFixture<ApiHostFactory>
{
    [Fact]
    public async Task Every_accepted_scalar_value_is_checked_in_full_batches()
    {
        var client = factory.CreateClient();
        var claims = CodePoints.Chunks(CodePoints.ScalarValues().Where(cp => !CodePoints.IsRefusedByDocumentedPolicy(cp)), 1000).ToArray();

        foreach (var batch in claims.Chunk(100))
        {
            // System.Text.Json escapes every non-ASCII character: the longest form a valid batch can take.
            var response = await client.PostAsJsonAsync("/api/claims/batch", new { claims = batch });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var results = document.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("claim").GetString()).ToArray();
            Assert.Equal(batch, results);
        }

        Assert.Equal(1_111_924, claims.Sum(c => c.EnumerateRunes().Count()));
    }

    [Fact]
    public async Task Every_refused_scalar_value_is_a_400_naming_it_and_its_index()
    {
        var client = factory.CreateClient();
        var refused = CodePoints.ScalarValues().Where(CodePoints.IsRefusedByDocumentedPolicy).ToArray();

        foreach (var codePoint in refused)
        {
            var response = await client.PostAsJsonAsync("/api/claims/check", new { claim = "Open" + char.ConvertFromUtf32(codePoint) + "AI" });

            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Forbidden character in claim");
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4} ("), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains(") at index 4:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(140, refused.Length);
    }
}
