using FactBot.Functions.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Health;

/// <summary><c>GET /api/health</c>: 200 with the store and facts when the store answers, else 503 (anonymous, for probes).</summary>
public sealed class HealthFunction(HealthService health)
{
    [Function("Health")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        var status = report.Status == HealthService.Ok ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        return TypedResults.Json(report, WireJson.Context.HealthResponse, statusCode: status);
    }
}
