using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Chat.Slack;

/// <summary><c>POST /api/chat/slack/interactions</c>: Slack's interactivity requests (the feedback buttons), signed like the command.</summary>
public sealed class SlackInteractionFunction(SlackService slack)
{
    public const string Name = "SlackInteraction";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "chat/slack/interactions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (chat, problem) = await ChatRequestReader.ReadAsync(request, slack.IsConfigured, form: true, cancellationToken);
        return chat is null ? ChatResults.From(problem!) : ChatResults.From(await slack.InteractionAsync(chat, cancellationToken));
    }
}
