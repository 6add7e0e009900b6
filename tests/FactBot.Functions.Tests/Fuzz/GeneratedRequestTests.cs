using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace FactBot.Functions.Tests.Fuzz;

/// <summary>
/// Thousands of generated requests across the POST routes — bodies (valid, wrong types, control and bidi characters,
/// broken JSON, random and invalid UTF-8 bytes, oversized), content types and webhook headers: none may produce a 5xx,
/// and none that is refused (4xx) may leave a check, a feedback or a webhook delivery behind.
/// </summary>
public sealed class GeneratedRequestTests(ApiHostFactory factory) : IClassFixture<ApiHostFactory>
{
    private const int Iterations = 2500;

    private static readonly string[] Routes = ["/api/claims/check", "/api/claims/batch", "feedback", "/api/claims/ffffffffffffffffffffffffffffffff/feedback", "/api/webhooks/claims"];

    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (10, Gen.Char['a', 'z']),
        (3, Gen.Char[' ', '~']),
        (2, Gen.OneOf(Gen.Const('\t'), Gen.Const('\n'), Gen.Const('\r'), Gen.Const('\0'), Gen.Const('\u001B'), Gen.Const('\u007F'), Gen.Const('\u0085'))),
        (2, Gen.OneOf(Gen.Const('\u202A'), Gen.Const('\u202E'), Gen.Const('\u2066'), Gen.Const('\u2069'), Gen.Const('\u200E'), Gen.Const('\u200F'), Gen.Const('\u061C'))),
        (2, Gen.Char['\u00A0', '\u07FF']),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.Char['\uE000', '\uFFFF']));

    private static readonly Gen<string> AnyString = Gen.Frequency(
        (6, AnyChar.Array[0, 60].Select(c => new string(c))),
        (1, Gen.Int[990, 1010].Select(n => new string('x', n))),
        (2, Gen.OneOf(Gen.Const("OpenAI was founded in 2015."), Gen.Const("Musk contributed $2 billion to OpenAI."), Gen.Const("OpenAI a été fondée en 2015."), Gen.Const(" "))));

    private static readonly Gen<JsonNodeText> AnyValue = Gen.Frequency(
        (6, AnyString.Select(s => new JsonNodeText(JsonSerializer.Serialize(s)))),
        (1, Gen.Int.Select(i => new JsonNodeText(i.ToString(CultureInfo.InvariantCulture)))),
        (1, Gen.Bool.Select(b => new JsonNodeText(b ? "true" : "false"))),
        (1, Gen.Const(new JsonNodeText("null"))),
        (1, AnyString.Array[0, 3].Select(a => new JsonNodeText(JsonSerializer.Serialize(a)))),
        (1, Gen.Const(new JsonNodeText("{\"nested\": {\"deeper\": [1, 2, {\"x\": null}]}}"))),
        (1, Gen.OneOf(Gen.Const(new JsonNodeText("\"\\ud800\"")), Gen.Const(new JsonNodeText("\"a\\u202eb\"")), Gen.Const(new JsonNodeText("\"\\u0000\"")))));

    private static readonly Gen<string> ObjectBody =
        Gen.Select(
            Gen.OneOf(Gen.Const("claim"), Gen.Const("claims"), Gen.Const("Claim"), Gen.Const("correct"), Gen.Const("comment"), Gen.Const("expectedVerdict"), Gen.Const("metadata"), AnyString),
            AnyValue,
            Gen.OneOf(Gen.Const("claim"), Gen.Const("correct"), Gen.Const("metadata"), Gen.Const("claims")),
            AnyValue,
            Gen.Bool)
        .Select((k1, v1, k2, v2, two) => two
            ? $"{{{JsonSerializer.Serialize(k1)}: {v1.Text}, {JsonSerializer.Serialize(k2)}: {v2.Text}}}"
            : $"{{{JsonSerializer.Serialize(k1)}: {v1.Text}}}");

    private static readonly Gen<string> CleanString = Gen.Frequency(
        (2, Gen.OneOf(Gen.Const("OpenAI was founded in 2015."), Gen.Const("Musk contributed $2 billion to OpenAI."), Gen.Const("Altman est le PDG."))),
        (1, Gen.Char['a', 'z'].Array[1, 30].Select(c => new string(c))));

    /// <summary>Bodies of the right shape for one route or another, so accepted requests are common too.</summary>
    private static readonly Gen<string> ShapedBody = Gen.OneOf(
        CleanString.Select(c => JsonSerializer.Serialize(new { claim = c })),
        CleanString.Array[1, 4].Select(c => JsonSerializer.Serialize(new { claims = c })),
        Gen.Select(Gen.Bool, CleanString).Select((b, c) => JsonSerializer.Serialize(new { correct = b, comment = c })),
        Gen.Select(CleanString, Gen.Int).Select((c, n) => JsonSerializer.Serialize(new { claim = c, metadata = new { n } })));

    private static readonly Gen<byte[]> AnyBody = Gen.Frequency(
        (6, ShapedBody.Select(Encoding.UTF8.GetBytes)),
        (8, ObjectBody.Select(Encoding.UTF8.GetBytes)),
        (2, AnyValue.Select(v => Encoding.UTF8.GetBytes(v.Text))),
        (2, Gen.Select(ObjectBody, Gen.Int[0, 100]).Select((b, cut) => Encoding.UTF8.GetBytes(b[..Math.Min(cut, b.Length)]))),
        (2, Gen.Byte.Array[0, 80]),
        (1, Gen.Select(ObjectBody, Gen.Byte[0x80, 0xFF], Gen.Int[0, 20]).Select((b, bad, at) =>
        {
            var bytes = Encoding.UTF8.GetBytes(b).ToList();
            bytes.Insert(Math.Min(at, bytes.Count), bad);
            return bytes.ToArray();
        })),
        (1, Gen.Int[16 * 1024 - 20, 16 * 1024 + 20].Select(n => Encoding.UTF8.GetBytes($"{{\"claim\": \"{new string('a', n)}\"}}"))),
        (1, Gen.Int[1, 200].Select(n => Encoding.UTF8.GetBytes(new string('[', n) + new string(']', n)))),
        (1, Gen.Const(Array.Empty<byte>())));

    private static readonly Gen<string?> AnyContentType = Gen.Frequency(
        (10, Gen.Const<string?>("application/json")),
        (2, Gen.Const<string?>("application/json; charset=utf-8")),
        (1, Gen.OneOf(Gen.Const<string?>("text/plain"), Gen.Const((string?)null), Gen.Const<string?>("application/x-www-form-urlencoded"), Gen.Const<string?>("application/cloudevents+json"), Gen.Const<string?>("application/json; charset=latin1"), Gen.Const<string?>("json"))),
        (1, Gen.Char[' ', '~'].Array[0, 30].Select(c => (string?)new string(c))));

    private static readonly Gen<string> HeaderText = Gen.Frequency(
        (3, Gen.Char['!', '~'].Array[0, 40].Select(c => new string(c))),
        (1, Gen.Char['\u00A0', '\u00FF'].Array[1, 10].Select(c => new string(c))),
        (1, Gen.Long[0, 4_000_000_000].Select(n => n.ToString(CultureInfo.InvariantCulture))));

    /// <summary>How a webhook delivery is signed: correctly, with a random header set, or not at all.</summary>
    private static readonly Gen<(int Mode, string Id, string Timestamp, string Signature)> WebhookHeaders =
        Gen.Select(Gen.Int[0, 3], HeaderText, HeaderText, HeaderText);

    [Fact]
    public async Task No_generated_request_gets_a_5xx_and_no_refused_request_stores_anything()
    {
        var client = factory.CreateClient();
        var recorded = await client.PostAsJsonAsync("/api/claims/check", new { claim = "OpenAI was founded in 2015." });
        var checkId = JsonDocument.Parse(await recorded.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var statuses = new Dictionary<int, int>();

        await Gen.Select(Gen.Int[0, Routes.Length - 1], AnyBody, AnyContentType, WebhookHeaders).SampleAsync(
            async (route, body, contentType, headers) =>
            {
                var path = Routes[route] == "feedback" ? $"/api/claims/{checkId}/feedback" : Routes[route];
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
                if (contentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }

                if (path.StartsWith("/api/webhooks", StringComparison.Ordinal))
                {
                    AddWebhookHeaders(request, headers, body);
                }

                await GeneratedRequestProbe.SendAsync(factory, client, request, statuses);
            },
            iter: Iterations,
            threads: 1);

        // The generators reach both sides: accepted requests and each kind of refusal.
        var seen = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
        Assert.True(statuses.Values.Sum() >= Iterations, seen);
        Assert.All(new[] { 200, 202, 400, 401, 404, 413, 415 }, status => Assert.True(statuses.ContainsKey(status), $"no {status} among {seen}"));
    }

    private static void AddWebhookHeaders(HttpRequestMessage request, (int Mode, string Id, string Timestamp, string Signature) headers, byte[] body)
    {
        switch (headers.Mode)
        {
            case 0:
            case 1:
                // Correctly signed now, under a fresh id (mode 1) or a small set of ids that repeat (redeliveries).
                var id = headers.Mode == 0 ? "msg_" + Guid.NewGuid().ToString("N") : "msg_repeat_" + (headers.Id.Length % 4);
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                var signature = "v1," + Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(
                    ApiHostFactory.Key, (byte[])[.. Encoding.UTF8.GetBytes($"{id}.{timestamp}."), .. body]));
                request.Headers.TryAddWithoutValidation("webhook-id", id);
                request.Headers.TryAddWithoutValidation("webhook-timestamp", timestamp);
                request.Headers.TryAddWithoutValidation("webhook-signature", signature);
                break;
            case 2:
                request.Headers.TryAddWithoutValidation("webhook-id", headers.Id);
                request.Headers.TryAddWithoutValidation("webhook-timestamp", headers.Timestamp);
                request.Headers.TryAddWithoutValidation("webhook-signature", headers.Signature);
                break;
        }
    }

    private sealed record JsonNodeText(string Text);
}
