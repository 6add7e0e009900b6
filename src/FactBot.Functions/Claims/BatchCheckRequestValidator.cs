using FactBot.Application.Text;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Claims;

internal sealed class BatchCheckRequestValidator : IRequestValidator<BatchCheckRequest>
{
    /// <summary>Most claims one batch may carry.</summary>
    public const int MaxClaims = 100;

    /// <summary>The most bytes of JSON one code point of a claim can take: a supplementary character escaped as a surrogate pair, <c>\ud83d\ude00</c>.</summary>
    public const int MaxJsonBytesPerCodePoint = 12;

    /// <summary>Per claim besides its text: the quotes, a comma, a line break and indentation.</summary>
    public const int PerClaimOverhead = 16;

    /// <summary>
    /// The largest batch body: room for <see cref="MaxClaims"/> claims of <see cref="TextPolicy.MaxClaimLength"/> code points
    /// however they are escaped, so no batch of valid claims is refused for its size (16 KiB, the other routes' limit,
    /// holds only 16 claims of 1,000 ASCII characters).
    /// </summary>
    public const int MaxBatchBodyBytes = (MaxClaims * ((TextPolicy.MaxClaimLength * MaxJsonBytesPerCodePoint) + PerClaimOverhead)) + 64;

    public int MaxBodyBytes => MaxBatchBodyBytes;

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
            return new RequestProblem(StatusCodes.Status400BadRequest, "Empty batch", $"The 'claims' array is empty; send 1 to {MaxClaims} claims.");
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
