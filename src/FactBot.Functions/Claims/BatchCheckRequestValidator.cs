using FactBot.Application.Text;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Claims;

internal sealed class BatchCheckRequestValidator : IRequestValidator<BatchCheckRequest>
{
    /// <summary>Most claims one batch may carry.</summary>
    public const int MaxClaims = 100;

    public RequestProblem? Validate(BatchCheckRequest request)
    {
        if (request.Claims is null)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Missing claims",
                "The request body needs a 'claims' array of strings, e.g. {\"claims\": [\"The company was founded in 2015.\"]}.");
        }

        if (request.Claims.Count == 0)
        {
            return new RequestProblem(StatusCodes.Status400BadRequest, "Empty batch", "The 'claims' array is empty; send 1 to 100 claims.");
        }

        if (request.Claims.Count > MaxClaims)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Batch too large",
                $"The 'claims' array has {request.Claims.Count} claims; at most {MaxClaims} are accepted per batch.");
        }

        for (var i = 0; i < request.Claims.Count; i++)
        {
            if (RequestProblem.ForText(TextPolicy.CheckClaim(request.Claims[i], $"claims[{i}]")) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }
}
