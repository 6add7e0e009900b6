using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Chat.Telegram;

/// <summary><c>POST /api/chat/telegram</c>: the bot's webhook (setWebhook with secret_token); the reply is a Bot API method in the response body.</summary>
public sealed class TelegramUpdateFunction(TelegramService telegram)
{
    public const string Name = "TelegramUpdate";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "chat/telegram")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (chat, problem) = await ChatRequestReader.ReadAsync(request, telegram.IsConfigured, form: false, cancellationToken);
        return chat is null ? ChatResults.From(problem!) : ChatResults.From(await telegram.UpdateAsync(chat, cancellationToken));
    }
}
