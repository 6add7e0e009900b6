using FactBot.Functions.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Facts;

/// <summary><c>GET /api/facts?pageSize=&amp;continuationToken=</c>: a page of fact records (at most 100).</summary>
public sealed class ListFactsFunction(FactQueryService facts)
{
    [Function("ListFacts")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = "facts")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var query = FactListQuery.Bind(request.Query);
        if (!query.Succeeded)
        {
            return query.Problem.ToResult();
        }

        var page = await facts.ListAsync(query.Value.ContinuationToken, query.Value.PageSize, cancellationToken);
        return page.Succeeded ? TypedResults.Json(page.Value, WireJson.Context.FactPageResponse) : page.Problem.ToResult();
    }
}
