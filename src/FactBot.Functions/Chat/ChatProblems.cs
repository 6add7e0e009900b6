using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Chat;

/// <summary>The problems the chat routes share.</summary>
public static class ChatProblems
{
    public static RequestProblem Unauthorized(string title, string detail) => new(StatusCodes.Status401Unauthorized, title, detail);

    /// <summary>A field the platform always sends is absent or not usable.</summary>
    public static RequestProblem MissingField(string field, string what) =>
        new(StatusCodes.Status400BadRequest, "Missing field", $"The request has no usable '{field}' ({what}).");

    public static RequestProblem InvalidDeliveryId(string field) =>
        new(StatusCodes.Status400BadRequest, "Invalid id", $"'{field}' must be 1 to {ChatDelivery.MaxIdLength} printable ASCII characters.");

    /// <summary>The platform's store failed and it will redeliver: answer 503 so that it does.</summary>
    public static RequestProblem NotRecorded(ChatPlatform platform) =>
        Problems.StoreUnavailable("record this message") with
        {
            Title = "Message not recorded",
            Detail = $"The {platform.Name} message could not be recorded durably, so it was not accepted; {platform.Name} redelivers it.",
        };
}
