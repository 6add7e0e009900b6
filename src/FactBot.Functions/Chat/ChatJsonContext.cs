using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactBot.Functions.Chat.Discord;
using FactBot.Functions.Chat.Telegram;

namespace FactBot.Functions.Chat;

/// <summary>
/// Source-generated JSON for the chat replies (snake_case, as Telegram and Discord name their fields; nulls left out)
/// and the labels file. Replies keep non-ASCII text as UTF-8 rather than <c>\u</c> escapes, so a French reply reads as
/// French on the wire; the platforms parse JSON, no browser renders it, so HTML-sensitive characters need no escaping.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Dictionary<string, ChatLabelSet>))]
[JsonSerializable(typeof(TelegramSendMessage))]
[JsonSerializable(typeof(TelegramAnswerCallbackQuery))]
[JsonSerializable(typeof(DiscordInteractionResponse))]
public sealed partial class ChatJsonContext : JsonSerializerContext
{
    /// <summary>For <see cref="System.Text.Json.Nodes.JsonNode"/> replies (Slack, Teams): names as written, UTF-8 kept.</summary>
    public static JsonSerializerOptions NodeOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>This context with UTF-8 kept.</summary>
    public static ChatJsonContext Replies { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
