using FactBot.Functions.Contracts;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Feedback;

/// <summary><c>POST /api/claims/{id}/feedback</c>: stores feedback on a recorded check; 202, or 404 for an unknown check.</summary>
public sealed class FeedbackFunction(JsonRequestBinder<FeedbackRequest> binder, FeedbackService feedback)
{
    [Function("PostFeedback")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "claims/{id:length(32)}/feedback")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var bound = await binder.BindAsync(request, cancellationToken);
        if (!bound.Succeeded)
        {
            return bound.Problem.ToResult();
        }

        var accepted = await feedback.SubmitAsync(id, bound.Value, cancellationToken);
        return accepted.Succeeded
            ? TypedResults.Json(accepted.Value, WireJson.Context.FeedbackAcceptedResponse, statusCode: StatusCodes.Status202Accepted)
            : accepted.Problem.ToResult();
    }
}
