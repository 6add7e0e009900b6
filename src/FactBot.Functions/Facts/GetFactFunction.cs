using FactBot.Functions.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Facts;

/// <summary><c>GET /api/facts/{id}</c>: one fact record, or 404.</summary>
public sealed class GetFactFunction(FactQueryService facts)
{
    [Function("GetFact")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "facts/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var fact = await facts.FindAsync(id, cancellationToken);
        return fact.Succeeded ? TypedResults.Json(fact.Value, WireJson.Context.FactResponse) : fact.Problem.ToResult();
    }
}
