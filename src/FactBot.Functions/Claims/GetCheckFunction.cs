using FactBot.Functions.Checks;
using FactBot.Functions.Contracts;
using FactBot.Functions.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Claims;

/// <summary><c>GET /api/claims/{id}</c>: a recorded check (or ClaimReview JSON-LD), or 404.</summary>
public sealed class GetCheckFunction(CheckQueryService checks, ApiRouteTable routes)
{
    public const string Name = "GetCheck";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "claims/{id:length(32)}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var found = await checks.FindAsync(id, cancellationToken);
        if (!found.Succeeded)
        {
            return found.Problem.ToResult();
        }

        return ClaimReviewNegotiation.IsRequested(request)
            ? TypedResults.Json(ClaimReviewMapper.From(found.Value, ClaimReviewNegotiation.LinksFor(request, routes, id)), WireJson.Context.ClaimReview, ClaimReviewNegotiation.MediaType)
            : TypedResults.Json(RecordedCheckResponse.From(found.Value), WireJson.Context.RecordedCheckResponse);
    }
}
