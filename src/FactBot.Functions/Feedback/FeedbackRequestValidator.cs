using FactBot.Core.Checking;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Feedback;

internal sealed class FeedbackRequestValidator : IRequestValidator<FeedbackRequest>
{
    /// <summary>Longest comment accepted, in UTF-16 characters.</summary>
    public const int MaxCommentLength = 1000;

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

        if (request.Comment is null)
        {
            return null;
        }

        if (request.Comment.Length > MaxCommentLength)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Comment too long",
                $"The comment has {request.Comment.Length} characters; at most {MaxCommentLength} are accepted.");
        }

        return TextRules.FindForbidden(request.Comment) is { } where
            ? new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Forbidden character in comment",
                $"The comment contains {where}: control characters (other than tab and line breaks), bidirectional controls and unpaired surrogates are not accepted.")
            : null;
    }
}
