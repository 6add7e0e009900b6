using FactBot.Functions.Http;

namespace FactBot.Functions.Chat.Telegram;

/// <summary>An update has its update_id (the delivery id); a text message its chat and message ids; a callback query its id.</summary>
internal sealed class TelegramUpdateValidator : IRequestValidator<TelegramUpdate>
{
    public RequestProblem? Validate(TelegramUpdate request)
    {
        if (request.UpdateId is not >= 0)
        {
            return ChatProblems.MissingField("update_id", "a non-negative integer");
        }

        if (request.Message is { Text: not null } message && (message.MessageId is null || message.Chat?.Id is null))
        {
            return ChatProblems.MissingField(message.MessageId is null ? "message.message_id" : "message.chat.id", "the message to reply to");
        }

        if (request.CallbackQuery is { } query && !ChatDelivery.IsValidId(query.Id))
        {
            return ChatProblems.MissingField("callback_query.id", "the query to answer");
        }

        return null;
    }
}
