using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CsCheck;
using FactBot.Functions.Tests.Fuzz;
using NSec.Cryptography;

namespace FactBot.Functions.Tests.Chat;

/// <summary>
/// Generated requests on every chat route, most of them correctly signed so that they reach the parsing behind the
/// signature: platform-shaped bodies with hostile text (control, bidi and lone-surrogate characters, markup, mentions,
/// over-long claims), wrong JSON types, cut-off bodies, random bytes, other content types. None may get a 5xx, and a
/// refused one (4xx) may store nothing.
/// </summary>
public sealed class ChatGeneratedRequestTests(ChatHostFactory factory) : IClassFixture<ChatHostFactory>
{
    private const int Iterations = 2000;

    private static readonly string[] Routes = ["/api/chat/slack", "/api/chat/slack/interactions", "/api/chat/teams", "/api/chat/telegram", "/api/chat/discord"];

    private static readonly Gen<string> HostileText = Gen.Frequency(
        (6, Gen.Frequency(
            (10, Gen.Char['a', 'z']),
            (3, Gen.OneOf(Gen.Const(' '), Gen.Const('&'), Gen.Const('<'), Gen.Const('>'), Gen.Const('@'), Gen.Const('*'), Gen.Const('/'), Gen.Const('%'), Gen.Const('+'))),
            (1, Gen.OneOf(Gen.Const('\0'), Gen.Const('\u001B'), Gen.Const('\u202E'), Gen.Const('\u2066'), Gen.Const('\uD800'), Gen.Const('\uDC00'), Gen.Const('\uFFFE'))),
            (1, Gen.Char['\u00A0', '\u07FF'])).Array[0, 60].Select(c => new string(c))),
        (2, Gen.OneOf(Gen.Const("OpenAI was founded in 2015."), Gen.Const("OpenAI a été fondée en 2017."), Gen.Const("<!channel> @everyone <@U1>"), Gen.Const("/start"), Gen.Const("/check@Bot"), Gen.Const(" "))),
        (1, Gen.Int[990, 1100].Select(n => new string('x', n))));

    private static readonly Gen<string> Id = Gen.Frequency(
        (4, Gen.Long[1, long.MaxValue].Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.OneOf(Gen.Const("1"), Gen.Const("2"), Gen.Const("3"))),
        (1, HostileText));

    private static readonly Gen<string> Value = Gen.Frequency(
        (6, HostileText.Select(t => JsonSerializer.Serialize(t))),
        (1, Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.OneOf(Gen.Const("null"), Gen.Const("true"), Gen.Const("[]"), Gen.Const("{}"), Gen.Const("\"\\ud800\""), Gen.Const("1e400"))));

    private static readonly Gen<string> Button = Gen.OneOf(
        Gen.Const("fb:y:en:" + new string('a', 32)),
        Gen.Char['0', 'f'].Array[32].Select(c => "fb:n:fr:" + new string(c)),
        HostileText);

    private static readonly Gen<string> JsonBody = Gen.OneOf(
        Gen.Select(Id, HostileText, Value).Select((id, text, v) => $$$"""{"type":"message","id":{{{JsonSerializer.Serialize(id)}}},"text":{{{JsonSerializer.Serialize(text)}}},"locale":{{{v}}},"from":{"id":"29:1","aadObjectId":{{{v}}}},"conversation":{"tenantId":"t"}}"""),
        Gen.Select(Gen.Long, HostileText, Value, Gen.Bool).Select((id, text, v, group) => $$$"""{"update_id":{{{id}}},"message":{"message_id":{{{v}}},"chat":{"id":5,"type":"{{{(group ? "group" : "private")}}}"},"from":{"id":7,"language_code":{{{v}}}},"text":{{{JsonSerializer.Serialize(text)}}}}}"""),
        Gen.Select(Gen.Long[0, 1000], Id, Button).Select((id, query, data) => $$$"""{"update_id":{{{id}}},"callback_query":{"id":{{{JsonSerializer.Serialize(query)}}},"from":{"id":7},"data":{{{JsonSerializer.Serialize(data)}}}}}"""),
        Gen.Select(Id, HostileText, Gen.Int[0, 6], Value).Select((id, text, type, v) => $$$"""{"id":{{{JsonSerializer.Serialize(id)}}},"type":{{{type}}},"data":{"name":"factcheck","options":[{"name":"claim","type":3,"value":{{{JsonSerializer.Serialize(text)}}}}]},"guild_id":{{{v}}},"locale":"fr"}"""),
        Gen.Select(Id, Button).Select((id, button) => $$$"""{"id":{{{JsonSerializer.Serialize(id)}}},"type":3,"data":{"custom_id":{{{JsonSerializer.Serialize(button)}}},"component_type":2}}"""),
        Value);

    private static readonly Gen<string> FormBody = Gen.OneOf(
        Gen.Select(HostileText, Id).Select((text, trigger) => ChatRequests.SlackCommandBody(text, trigger)),
        Gen.Select(Button, Id).Select((button, trigger) => ChatRequests.SlackInteractionBody(button, trigger)),
        JsonBody.Select(json => "payload=" + Uri.EscapeDataString(json)),
        HostileText.Select(t => "text=" + t + "&text=" + t));

    private static readonly Gen<byte[]> Body = Gen.Frequency(
        (8, Gen.OneOf(JsonBody, FormBody).Select(Encoding.UTF8.GetBytes)),
        (2, Gen.Select(Gen.OneOf(JsonBody, FormBody), Gen.Int[0, 80]).Select((b, cut) => Encoding.UTF8.GetBytes(b[..Math.Min(cut, b.Length)]))),
        (1, Gen.Byte.Array[0, 80]),
        (1, Gen.Int[16 * 1024 - 10, 16 * 1024 + 10].Select(n => Encoding.UTF8.GetBytes(new string('a', n)))));

    private static readonly Gen<string?> ContentType = Gen.Frequency(
        (10, Gen.Const((string?)null)),
        (1, Gen.OneOf(Gen.Const<string?>("text/plain"), Gen.Const<string?>("application/json"), Gen.Const<string?>("application/x-www-form-urlencoded"), Gen.Const<string?>("multipart/form-data"), Gen.Const<string?>("x"))));

    [Fact]
    public async Task No_generated_chat_request_gets_a_5xx_and_no_refused_one_stores_anything()
    {
        var client = factory.CreateClient();
        var statuses = new Dictionary<int, int>();

        await Gen.Select(Gen.Int[0, Routes.Length - 1], Body, ContentType, Gen.Int[0, 9]).SampleAsync(
            async (route, body, contentType, signing) =>
            {
                var path = Routes[route];
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType ?? (path.Contains("slack", StringComparison.Ordinal) ? "application/x-www-form-urlencoded" : "application/json"));
                if (signing < 8)
                {
                    Sign(request, path, body);
                }

                await GeneratedRequestProbe.SendAsync(factory, client, request, statuses);
            },
            iter: Iterations,
            threads: 1);

        var seen = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
        Assert.All(new[] { 200, 400, 401, 413, 415 }, status => Assert.True(statuses.ContainsKey(status), $"no {status} among {seen}"));
        Assert.True(factory.Checks.Count > 0, seen);
    }

    private void Sign(HttpRequestMessage request, string path, byte[] body)
    {
        var timestamp = ChatRequests.Now();
        switch (path)
        {
            case "/api/chat/teams":
                request.Headers.TryAddWithoutValidation("Authorization", "HMAC " + Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(ChatHostFactory.TeamsToken), body)));
                break;
            case "/api/chat/telegram":
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", ChatHostFactory.TelegramToken);
                break;
            case "/api/chat/discord":
                request.Headers.Add("X-Signature-Timestamp", timestamp);
                request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(factory.DiscordKey, [.. Encoding.UTF8.GetBytes(timestamp), .. body])));
                break;
            default:
                request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
                request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(
                    Encoding.UTF8.GetBytes(ChatHostFactory.SlackSecret), (byte[])[.. Encoding.UTF8.GetBytes($"v0:{timestamp}:"), .. body])));
                break;
        }
    }
}
