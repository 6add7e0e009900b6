using System.Text.Json;

namespace FactBot.Functions.Chat.Telegram;

/// <summary>
/// Telegram replies as webhook responses (a Bot API method in the body, no outbound call): <c>sendMessage</c> in reply
/// to the user's message, HTML-formatted, within the 4,096-character limit, with the feedback inline keyboard;
/// <c>answerCallbackQuery</c> (at most 200 characters) for a button press.
/// </summary>
public static class TelegramReplies
{
    /// <summary>Telegram's limit on a message's text.</summary>
    public const int MaxMessageText = 4096;

    /// <summary>Telegram's limit on a callback query answer's text.</summary>
    public const int MaxAnswerText = 200;

    public static string Verdict(ChatReply reply, long chatId, long messageId)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var labels = reply.Labels;
        var text = new ChatMessageBuilder(MaxMessageText, TelegramHtml.Escape)
            .Markup($"<b>{TelegramHtml.Escape(reply.Verdict)}</b> ({TelegramHtml.Escape(reply.Confidence)})\n")
            .Text(reply.Claim, 1200, open: $"<b>{TelegramHtml.Escape(labels.Claim)}:</b> ", close: "\n");
        if (reply.Sentence is not null)
        {
            text.Text(reply.Sentence, 1200, open: $"<b>{TelegramHtml.Escape(labels.Evidence)}:</b>\n<blockquote>", close: "</blockquote>\n");
        }

        text.Text(reply.Explanation, 1000, open: $"<b>{TelegramHtml.Escape(labels.Explanation)}:</b> ", close: "\n");
        foreach (var sentence in reply.Related)
        {
            text.Text(sentence, 150, open: $"• <i>{TelegramHtml.Escape(labels.Related)}:</i> ", close: "\n");
        }

        if (reply.Source is not null)
        {
            text.Text(reply.Source, 250, open: $"<i>{TelegramHtml.Escape(labels.Source)}: ", close: "</i>");
        }

        var keyboard = new TelegramInlineKeyboard([[new(labels.Right, reply.Right.Encode()), new(labels.Wrong, reply.Wrong.Encode())]]);
        return Send(chatId, messageId, text.ToString().TrimEnd('\n'), keyboard);
    }

    /// <summary>A plain message in reply (usage, a refused claim).</summary>
    public static string Text(string text, long chatId, long messageId) =>
        Send(chatId, messageId, ChatText.Fit(text, TelegramHtml.Escape, MaxMessageText), keyboard: null);

    public static string Answer(string callbackQueryId, string? text) => JsonSerializer.Serialize(
        new TelegramAnswerCallbackQuery("answerCallbackQuery", callbackQueryId, text is null ? null : ChatText.Truncate(text, MaxAnswerText)),
        ChatJsonContext.Replies.TelegramAnswerCallbackQuery);

    private static string Send(long chatId, long messageId, string html, TelegramInlineKeyboard? keyboard) => JsonSerializer.Serialize(
        new TelegramSendMessage(
            "sendMessage",
            chatId,
            html,
            "HTML",
            new TelegramReplyParameters(messageId, AllowSendingWithoutReply: true),
            keyboard,
            new TelegramLinkPreviewOptions(IsDisabled: true)),
        ChatJsonContext.Replies.TelegramSendMessage);
}
