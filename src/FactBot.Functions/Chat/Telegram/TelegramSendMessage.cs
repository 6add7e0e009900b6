namespace FactBot.Functions.Chat.Telegram;

/// <summary>The Bot API <c>sendMessage</c> method as a webhook response (field names snake_case on the wire).</summary>
public sealed record TelegramSendMessage(
    string Method,
    long ChatId,
    string Text,
    string ParseMode,
    TelegramReplyParameters ReplyParameters,
    TelegramInlineKeyboard? ReplyMarkup,
    TelegramLinkPreviewOptions LinkPreviewOptions);

public sealed record TelegramReplyParameters(long MessageId, bool AllowSendingWithoutReply);

public sealed record TelegramInlineKeyboard(IReadOnlyList<IReadOnlyList<TelegramInlineButton>> InlineKeyboard);

public sealed record TelegramInlineButton(string Text, string CallbackData);

public sealed record TelegramLinkPreviewOptions(bool IsDisabled);

/// <summary>The Bot API <c>answerCallbackQuery</c> method as a webhook response.</summary>
public sealed record TelegramAnswerCallbackQuery(string Method, string CallbackQueryId, string? Text);
