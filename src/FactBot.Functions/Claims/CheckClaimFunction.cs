using FactBot.Application.Checks;
using FactBot.Functions.Contracts;
using FactBot.Functions.Http;
using FactBot.Functions.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Claims;

/// <summary><c>POST /api/claims/check</c>: checks one claim, records it, and answers with its verdict and evidence (or ClaimReview JSON-LD).</summary>
public sealed class CheckClaimFunction(JsonRequestBinder<CheckClaimRequest> binder, ClaimCheckRecorder recorder, ApiRouteTable routes)
{
    [Function("CheckClaim")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "claims/check")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var bound = await binder.BindAsync(request, cancellationToken);
        if (!bound.Succeeded)
        {
            return bound.Problem.ToResult();
        }

        var check = await recorder.CheckAndRecordAsync(bound.Value.Claim!, bound.Value.ToOrigin(), ClaimCheckRecorder.ApiChannel, cancellationToken);
        return ClaimReviewNegotiation.IsRequested(request)
            ? TypedResults.Json(ClaimReviewMapper.From(check, ClaimReviewNegotiation.LinksFor(request, routes, check.Record.Id)), WireJson.Context.ClaimReview, ClaimReviewNegotiation.MediaType)
            : TypedResults.Json(ClaimCheckResponse.From(check), WireJson.Context.ClaimCheckResponse);
    }
}
