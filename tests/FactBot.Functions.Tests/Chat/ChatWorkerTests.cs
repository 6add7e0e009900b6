using System.Text;
using FactBot.Functions.Chat.Discord;
using FactBot.Functions.Chat.Slack;
using Microsoft.Extensions.Primitives;
using NSec.Cryptography;

namespace FactBot.Functions.Tests.Chat;

/// <summary>The chat functions run in the Functions worker as in the LocalHost.</summary>
public sealed class ChatWorkerTests : IDisposable
{
    private readonly Key key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly FunctionsWorkerHarness worker;

    public ChatWorkerTests()
    {
        worker = new FunctionsWorkerHarness(
            new Dictionary<string, string>
            {
                ["FactBot:Storage:ConnectionString"] = string.Empty,
                ["FactBot:Discord:PublicKey"] = Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            },
            _ => { });
    }

    [Fact]
    public async Task The_worker_answers_a_signed_discord_ping_with_pong_and_an_unconfigured_slack_with_404()
    {
        const string ping = """{"id":"1","type":1}""";
        var timestamp = ChatRequests.Now();

        var pong = await worker.InvokeAsync(DiscordInteractionFunction.Name, request => Post(request, ping, new()
        {
            ["X-Signature-Ed25519"] = Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + ping))),
            ["X-Signature-Timestamp"] = timestamp,
        }));
        var slack = await worker.InvokeAsync(SlackCommandFunction.Name, request => Post(request, "text=x", new()));

        Assert.Equal((200, """{"type":1}"""), (pong.Status, pong.Body));
        Assert.Equal(404, slack.Status);
        Assert.Equal("application/problem+json", slack.ContentType);
    }

    public void Dispose()
    {
        worker.Dispose();
        key.Dispose();
    }

    private static void Post(Microsoft.AspNetCore.Http.HttpRequest request, string body, Dictionary<string, StringValues> headers)
    {
        request.Method = "POST";
        request.Path = "/api/chat";
        request.ContentType = "application/json";
        request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        foreach (var (name, value) in headers)
        {
            request.Headers[name] = value;
        }
    }
}
