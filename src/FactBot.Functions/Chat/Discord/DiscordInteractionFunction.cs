using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Chat.Discord;

/// <summary><c>POST /api/chat/discord</c>: the application's interactions endpoint URL, signed with Ed25519.</summary>
public sealed class DiscordInteractionFunction(DiscordService discord)
{
    public const string Name = "DiscordInteraction";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "chat/discord")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (chat, problem) = await ChatRequestReader.ReadAsync(request, discord.IsConfigured, form: false, cancellationToken);
        return chat is null ? ChatResults.From(problem!) : ChatResults.From(await discord.InteractionAsync(chat, cancellationToken));
    }
}
