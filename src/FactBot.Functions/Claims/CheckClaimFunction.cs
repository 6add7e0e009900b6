using FactBot.Core.Checking;
using FactBot.Core.Contracts;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Claims;

/// <summary><c>POST /api/claims/check</c>: checks one claim and answers with its verdict and evidence.</summary>
public sealed class CheckClaimFunction(JsonRequestBinder<CheckClaimRequest> binder, IClaimCheckService checker)
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

        var result = await checker.CheckAsync(bound.Value.Claim!, cancellationToken);
        return TypedResults.Json(CheckResponse.From(result), ContractJsonContext.Default.CheckResponse);
    }
}
