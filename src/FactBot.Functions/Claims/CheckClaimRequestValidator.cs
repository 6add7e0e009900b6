using FactBot.Application.Text;
using FactBot.Functions.Http;

namespace FactBot.Functions.Claims;

internal sealed class CheckClaimRequestValidator : IRequestValidator<CheckClaimRequest>
{
    public RequestProblem? Validate(CheckClaimRequest request) => RequestProblem.ForText(TextPolicy.CheckClaim(request.Claim, "claim"));
}
