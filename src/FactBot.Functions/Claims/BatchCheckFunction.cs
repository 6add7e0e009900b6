using FactBot.Application.Checks;
using FactBot.Functions.Contracts;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Claims;

/// <summary><c>POST /api/claims/batch</c>: checks 1–100 claims and answers their results in input order.</summary>
public sealed class BatchCheckFunction(JsonRequestBinder<BatchCheckRequest> binder, ClaimCheckRecorder recorder)
{
    [Function("CheckClaimBatch")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "claims/batch")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var bound = await binder.BindAsync(request, cancellationToken);
        if (!bound.Succeeded)
        {
            return bound.Problem.ToResult();
        }

        var checks = await recorder.CheckAndRecordAllAsync(bound.Value.Claims!.Select(c => c!).ToArray(), ClaimCheckRecorder.BatchChannel, cancellationToken);
        return TypedResults.Json(new BatchCheckResponse(checks.Select(ClaimCheckResponse.From).ToArray()), WireJson.Context.BatchCheckResponse);
    }
}
