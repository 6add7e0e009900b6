using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Claims;

internal sealed class CheckClaimRequestValidator : IRequestValidator<CheckClaimRequest>
{
    /// <summary>Longest claim accepted, in UTF-16 characters: a claim is a sentence or two, not an article.</summary>
    public const int MaxClaimLength = 1000;

    public RequestProblem? Validate(CheckClaimRequest request)
    {
        if (request.Claim is null)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Missing claim",
                "The request body needs a 'claim' string, e.g. {\"claim\": \"The company was founded in 2015.\"}.");
        }

        if (string.IsNullOrWhiteSpace(request.Claim))
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest, "Blank claim", "The 'claim' field is empty or only whitespace.");
        }

        if (request.Claim.Length > MaxClaimLength)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Claim too long",
                $"The claim has {request.Claim.Length} characters; at most {MaxClaimLength} are accepted.");
        }

        return null;
    }
}
