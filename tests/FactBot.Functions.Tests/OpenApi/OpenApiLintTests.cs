using System.Text.Json;
using System.Text.RegularExpressions;
using FactBot.Application.Text;
using FactBot.Functions.Claims;
using FactBot.Functions.Facts;
using FactBot.Functions.OpenApi;
using FactBot.TestSupport.Unicode;

namespace FactBot.Functions.Tests.OpenApi;

/// <summary>The OpenAPI document the server serves, checked by Redocly CLI (pinned in package.json) and against the server's own limits.</summary>
public sealed class OpenApiLintTests(ApiHostFactory factory) : IClassFixture<ApiHostFactory>
{
    [Fact]
    public async Task Redocly_lint_finds_no_error_and_no_warning_in_the_served_document()
    {
        var file = Path.Combine(Path.GetTempPath(), $"factbot-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await factory.CreateClient().GetStringAsync("/api/openapi.json"));

        try
        {
            var (exitCode, output, error) = await NodeTool.RunAsync([NodeTool.Module("@redocly/cli/bin/cli.js"), "lint", "--format=json", file]);

            using var report = JsonDocument.Parse(output);
            var totals = report.RootElement.GetProperty("totals");
            Assert.True(exitCode == 0, error + output);
            Assert.Equal(0, totals.GetProperty("errors").GetInt32());
            Assert.Equal(0, totals.GetProperty("warnings").GetInt32());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_document_states_the_servers_limits_and_refuses_what_the_server_refuses()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/openapi.json"));
        var root = document.RootElement;
        var schemas = root.GetProperty("components").GetProperty("schemas");
        var claim = schemas.GetProperty("CheckClaimRequest").GetProperty("properties").GetProperty("claim");
        var batch = schemas.GetProperty("BatchCheckRequest").GetProperty("properties").GetProperty("claims");
        var metadata = schemas.GetProperty("WebhookClaimRequest").GetProperty("properties").GetProperty("metadata");
        var pageSize = root.GetProperty("paths").GetProperty("/api/facts").GetProperty("get").GetProperty("parameters")[0].GetProperty("schema");

        Assert.Equal(TextPolicy.MaxClaimLength, claim.GetProperty("maxLength").GetInt32());
        Assert.Equal(1, claim.GetProperty("minLength").GetInt32());
        Assert.Equal(TextPattern.Claim, claim.GetProperty("pattern").GetString());
        Assert.Equal(BatchCheckRequestValidator.MaxClaims, batch.GetProperty("maxItems").GetInt32());
        Assert.Equal(FactQueryService.MaxPageSize, pageSize.GetProperty("maximum").GetInt32());
        Assert.Equal(["null", "object"], metadata.GetProperty("type").EnumerateArray().Select(t => t.GetString()).Order(StringComparer.Ordinal));
        foreach (var request in new[] { "CheckClaimRequest", "BatchCheckRequest", "FeedbackRequest", "WebhookClaimRequest" })
        {
            Assert.False(schemas.GetProperty(request).GetProperty("additionalProperties").GetBoolean());
        }

        // A chat platform's payload is the platform's schema: the server ignores the fields it does not read, so must the document.
        foreach (var platform in new[] { "SlackCommandForm", "TeamsActivity", "TelegramUpdate", "DiscordInteraction" })
        {
            Assert.False(schemas.GetProperty(platform).TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False, platform);
        }

        Assert.Equal("/", root.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.Equal(0, root.GetProperty("paths").GetProperty("/api/health").GetProperty("get").GetProperty("security").GetArrayLength());
        Assert.True(root.GetProperty("paths").GetProperty("/api/health").GetProperty("get").GetProperty("responses").TryGetProperty("405", out _));
    }

    [Fact]
    public void The_claim_pattern_accepts_exactly_the_claims_the_policy_accepts_over_the_whole_code_space()
    {
        var claim = new Regex(TextPattern.Claim, RegexOptions.CultureInvariant);
        var comment = new Regex(TextPattern.Comment, RegexOptions.CultureInvariant);
        var disagreements = CodePoints.ScalarValues()
            .Select(cp => (cp, Text: "a" + char.ConvertFromUtf32(cp) + "b"))
            .Where(c => claim.IsMatch(c.Text) != (TextPolicy.CheckClaim(c.Text, "claim") is null) || comment.IsMatch(c.Text) != (TextPolicy.CheckComment(c.Text, "comment") is null))
            .Select(c => c.cp)
            .Take(10)
            .ToArray();

        Assert.Empty(disagreements);
        Assert.DoesNotMatch(claim, " \u2003\t");
        Assert.Matches(comment, " ");
        Assert.DoesNotMatch(claim, "a\uD800b");
        Assert.Matches(claim, "\U0001F600 ok");
    }

    [Fact]
    public async Task The_claim_pattern_reads_the_same_with_the_ecmascript_u_flag_as_json_schema_validators_use()
    {
        var refused = CodePoints.ScalarValues().Where(cp => TextPolicy.Classify(cp) != CodePointClass.Allowed).ToArray();
        const string Script = """
            const { pattern, refused } = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            const re = new RegExp(pattern, 'u'), no = new Set(refused), wrong = [];
            for (let cp = 0; cp <= 0x10FFFF; cp++) {
              if (cp >= 0xD800 && cp <= 0xDFFF) continue;
              if (re.test('a' + String.fromCodePoint(cp) + 'b') === no.has(cp)) wrong.push(cp);
            }
            if (re.test(' \t') || !re.test('\u{1F600} ok')) wrong.push(-1);
            console.log(JSON.stringify(wrong.slice(0, 10)));
            """;

        var (exitCode, output, error) = await NodeTool.RunAsync(["-e", Script], JsonSerializer.Serialize(new { pattern = TextPattern.Claim, refused }));

        Assert.True(exitCode == 0, error);
        Assert.Equal("[]", output.Trim());
    }
}
