using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Chat.Slack;

/// <summary><c>POST /api/chat/slack</c>: a Slack slash command (form), signed with the app's signing secret. Anonymous on Azure: the signature authenticates it.</summary>
public sealed class SlackCommandFunction(SlackService slack)
{
    public const string Name = "SlackCommand";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "chat/slack")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (chat, problem) = await ChatRequestReader.ReadAsync(request, slack.IsConfigured, form: true, cancellationToken);
        return chat is null ? ChatResults.From(problem!) : ChatResults.From(await slack.CommandAsync(chat, cancellationToken));
    }
}
