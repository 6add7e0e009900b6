using System.Text.Json.Nodes;
using FactBot.Functions.Routing;
using FactBot.LocalHost.Routing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Functions.Tests.LocalHost;

/// <summary>
/// The functions.metadata the Worker SDK generates (the file <c>dotnet publish</c> ships, and the build copies beside this
/// test) is what the Functions host indexes; the LocalHost must serve exactly those routes, method for method.
/// </summary>
public sealed class FunctionsMetadataTests(EmbeddedLocalHostFactory factory) : IClassFixture<EmbeddedLocalHostFactory>
{
    [Fact]
    public void The_local_host_serves_exactly_the_http_routes_listed_in_functions_metadata()
    {
        // Arrange
        var metadataPath = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        var prefix = HostJson.ReadRoutePrefix(HostJson.Find(AppContext.BaseDirectory));
        var listed = JsonNode.Parse(File.ReadAllText(metadataPath))!.AsArray()
            .SelectMany(function => function!["bindings"]!.AsArray()
                .Where(binding => (string?)binding!["type"] == "httpTrigger")
                .SelectMany(binding => binding!["methods"]!.AsArray()
                    .Select(verb => $"{((string)verb!).ToUpperInvariant()} {prefix}/{(string?)binding!["route"] ?? (string)function["name"]!}")))
            .Order(StringComparer.Ordinal)
            .ToArray();
        using var client = factory.CreateClient();

        // Act
        var served = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<FunctionEndpointMetadata>() is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(verb => $"{verb} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Assert
        Assert.Contains("POST api/claims/check", listed);
        Assert.Contains("HEAD api/health", listed);
        Assert.Equal(listed, served);
    }
}
