using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.OpenApi;

/// <summary><c>GET /api/openapi.json</c>: the OpenAPI 3 document of every route this app serves (anonymous).</summary>
public sealed class OpenApiFunction(OpenApiDocumentProvider documents)
{
    [Function("OpenApi")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "openapi.json")] HttpRequest request,
        CancellationToken cancellationToken) =>
        TypedResults.Text(await documents.GetJsonAsync(cancellationToken), "application/json", System.Text.Encoding.UTF8);
}
