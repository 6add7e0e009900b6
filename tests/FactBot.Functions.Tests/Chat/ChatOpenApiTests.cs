using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace FactBot.Functions.Tests.Chat;

public sealed class ChatOpenApiTests(ApiHostFactory factory) : IClassFixture<ApiHostFactory>
{
    [Theory]
    [InlineData("/api/chat/slack", "application/x-www-form-urlencoded", "X-Slack-Signature")]
    [InlineData("/api/chat/slack/interactions", "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp")]
    [InlineData("/api/chat/teams", "application/json", null)]
    [InlineData("/api/chat/telegram", "application/json", "X-Telegram-Bot-Api-Secret-Token")]
    [InlineData("/api/chat/discord", "application/json", "X-Signature-Ed25519")]
    public async Task The_document_lists_each_chat_route_with_its_content_type_headers_and_refusals(string path, string contentType, string? header)
    {
        var json = await factory.CreateClient().GetStringAsync("/api/openapi.json");

        var result = OpenApiDocument.Parse(json, "json", new OpenApiReaderSettings());

        Assert.Empty(result.Diagnostic?.Errors ?? []);
        var operation = result.Document!.Paths[path].Operations![HttpMethod.Post];
        Assert.Equal([contentType], operation.RequestBody!.Content!.Keys);
        Assert.NotNull(operation.RequestBody.Content[contentType].Schema);
        Assert.True(operation.Security is null || operation.Security.Count == 0);
        Assert.Equal(["200", "400", "401", "404", "405", "413", "415", "429"], operation.Responses!.Keys.Where(k => k != "503").Order(StringComparer.Ordinal));
        if (header is not null)
        {
            Assert.Contains(operation.Parameters!, p => p.In == ParameterLocation.Header && p.Name == header);
        }
    }

    [Fact]
    public async Task A_recorded_check_may_name_a_chat_channel()
    {
        var json = await factory.CreateClient().GetStringAsync("/api/openapi.json");

        var document = OpenApiDocument.Parse(json, "json", new OpenApiReaderSettings()).Document!;

        var channel = document.Components!.Schemas!["RecordedCheckResponse"].Properties!["channel"];
        Assert.Equal(["api", "batch", "webhook", "slack", "teams", "telegram", "discord"], channel.Enum!.Select(v => v!.GetValue<string>()));
    }
}
