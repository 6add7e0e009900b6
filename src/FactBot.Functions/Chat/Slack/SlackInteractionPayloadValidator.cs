using FactBot.Functions.Http;

namespace FactBot.Functions.Chat.Slack;

/// <summary>A block action names its trigger (the delivery id) and its actions; other interaction types need nothing.</summary>
internal sealed class SlackInteractionPayloadValidator : IRequestValidator<SlackInteractionPayload>
{
    public RequestProblem? Validate(SlackInteractionPayload request)
    {
        if (request.Type is null)
        {
            return ChatProblems.MissingField("type", "the interaction type");
        }

        if (request.Type != SlackInteractionPayload.BlockActions)
        {
            return null;
        }

        if (request.TriggerId is null)
        {
            return ChatProblems.MissingField("trigger_id", "the id of this interaction");
        }

        if (!ChatDelivery.IsValidId(request.TriggerId))
        {
            return ChatProblems.InvalidDeliveryId("trigger_id");
        }

        return request.Actions is null ? ChatProblems.MissingField("actions", "the pressed buttons") : null;
    }
}
