using FactBot.Functions.Routing;
using Microsoft.OpenApi;

namespace FactBot.Functions.OpenApi;

/// <summary>Builds the OpenAPI document from the route table once, and serves its JSON.</summary>
public sealed class OpenApiDocumentProvider(ApiRouteTable routes)
{
    private readonly Lazy<Task<string>> json = new(() => ApiDocument.Create(routes.Routes).SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1));

    public Task<string> GetJsonAsync(CancellationToken cancellationToken) => json.Value.WaitAsync(cancellationToken);
}
