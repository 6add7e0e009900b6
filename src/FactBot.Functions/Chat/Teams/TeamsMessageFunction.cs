using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Chat.Teams;

/// <summary><c>POST /api/chat/teams</c>: a Teams outgoing webhook (JSON activity), signed with the webhook's security token.</summary>
public sealed class TeamsMessageFunction(TeamsService teams)
{
    public const string Name = "TeamsMessage";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "chat/teams")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (chat, problem) = await ChatRequestReader.ReadAsync(request, teams.IsConfigured, form: false, cancellationToken);
        return chat is null ? ChatResults.From(problem!) : ChatResults.From(await teams.MessageAsync(chat, cancellationToken));
    }
}
