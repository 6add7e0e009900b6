using FactBot.Functions.Http;

namespace FactBot.Functions.Chat.Discord;

/// <summary>An interaction has its id (the delivery id) and type; a command its name; a component its custom_id.</summary>
internal sealed class DiscordInteractionValidator : IRequestValidator<DiscordInteraction>
{
    public RequestProblem? Validate(DiscordInteraction request)
    {
        if (request.Type is null)
        {
            return ChatProblems.MissingField("type", "the interaction type");
        }

        if (request.Type == DiscordInteraction.Ping)
        {
            return null;
        }

        if (!ChatDelivery.IsValidId(request.Id))
        {
            return request.Id is null ? ChatProblems.MissingField("id", "the interaction id") : ChatProblems.InvalidDeliveryId("id");
        }

        return request.Type switch
        {
            DiscordInteraction.ApplicationCommand when request.Data?.Name is null => ChatProblems.MissingField("data.name", "the command name"),
            DiscordInteraction.MessageComponent when request.Data?.CustomId is null => ChatProblems.MissingField("data.custom_id", "the pressed component"),
            _ => null,
        };
    }
}
