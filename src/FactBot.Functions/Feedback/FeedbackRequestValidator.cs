using FactBot.Application.Text;
using FactBot.Core.Checking;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Feedback;

internal sealed class FeedbackRequestValidator : IRequestValidator<FeedbackRequest>
{
    public RequestProblem? Validate(FeedbackRequest request)
    {
        if (request.Correct is null)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Missing correct",
                "The request body needs a boolean 'correct', e.g. {\"correct\": false, \"expectedVerdict\": \"contradicted\"}.");
        }

        if (request.ExpectedVerdict is not null && (!VerdictNames.TryParse(request.ExpectedVerdict, out var verdict) || verdict.ToWire() != request.ExpectedVerdict))
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Invalid expected verdict",
                "'expectedVerdict' must be one of \"supported\", \"contradicted\" or \"unknown\".");
        }

        return RequestProblem.ForText(TextPolicy.CheckComment(request.Comment, "comment"));
    }
}
