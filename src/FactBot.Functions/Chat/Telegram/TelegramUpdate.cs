using System.Text.Json.Serialization;

namespace FactBot.Functions.Chat.Telegram;

/// <summary>A Telegram Bot API <c>Update</c>; only what FactBot reads (a text message, or a feedback button's callback query).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record TelegramUpdate(
    [property: JsonPropertyName("update_id")] long? UpdateId,
    [property: JsonPropertyName("message")] TelegramMessage? Message,
    [property: JsonPropertyName("callback_query")] TelegramCallbackQuery? CallbackQuery);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record TelegramMessage(
    [property: JsonPropertyName("message_id")] long? MessageId,
    [property: JsonPropertyName("chat")] TelegramChat? Chat,
    [property: JsonPropertyName("from")] TelegramUser? From,
    [property: JsonPropertyName("text")] string? Text);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record TelegramChat([property: JsonPropertyName("id")] long? Id, [property: JsonPropertyName("type")] string? Type)
{
    public bool IsPrivate => Type == "private";
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record TelegramUser([property: JsonPropertyName("id")] long? Id, [property: JsonPropertyName("language_code")] string? LanguageCode);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record TelegramCallbackQuery(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("from")] TelegramUser? From,
    [property: JsonPropertyName("data")] string? Data,
    [property: JsonPropertyName("message")] TelegramMessage? Message);
