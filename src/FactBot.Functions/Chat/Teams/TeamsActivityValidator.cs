using FactBot.Functions.Http;

namespace FactBot.Functions.Chat.Teams;

/// <summary>An activity names its type and its id (the delivery id).</summary>
internal sealed class TeamsActivityValidator : IRequestValidator<TeamsActivity>
{
    public RequestProblem? Validate(TeamsActivity request)
    {
        if (request.Type is null)
        {
            return ChatProblems.MissingField("type", "the activity type");
        }

        if (request.Id is null)
        {
            return ChatProblems.MissingField("id", "the activity id");
        }

        return ChatDelivery.IsValidId(request.Id) ? null : ChatProblems.InvalidDeliveryId("id");
    }
}
