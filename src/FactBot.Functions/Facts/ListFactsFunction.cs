using System.Globalization;
using FactBot.Functions.Contracts;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Facts;

/// <summary><c>GET /api/facts?pageSize=&amp;continuationToken=</c>: a page of fact records (at most 100).</summary>
public sealed class ListFactsFunction(FactQueryService facts)
{
    [Function("ListFacts")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "facts")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var pageSize = FactQueryService.DefaultPageSize;
        if (request.Query.TryGetValue("pageSize", out var sizes)
            && (sizes.Count != 1
                || !int.TryParse(sizes[0], NumberStyles.None, CultureInfo.InvariantCulture, out pageSize)
                || pageSize is < 1 or > FactQueryService.MaxPageSize))
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Invalid page size",
                $"'pageSize' must be one whole number from 1 to {FactQueryService.MaxPageSize}.").ToResult();
        }

        var tokens = request.Query["continuationToken"];
        var page = await facts.ListAsync(tokens.Count == 0 ? null : tokens.ToString(), pageSize, cancellationToken);
        return page.Succeeded ? TypedResults.Json(page.Value, ContractJsonContext.Default.FactPageResponse) : page.Problem.ToResult();
    }
}
