using FactBot.Functions.Http;

namespace FactBot.Functions.Claims;

internal sealed class CheckClaimRequestValidator : IRequestValidator<CheckClaimRequest>
{
    /// <summary>Longest claim accepted, in UTF-16 characters: a claim is a sentence or two, not an article.</summary>
    public const int MaxClaimLength = 1000;

    public RequestProblem? Validate(CheckClaimRequest request) => TextRules.CheckClaim(request.Claim, "claim", MaxClaimLength);
}
