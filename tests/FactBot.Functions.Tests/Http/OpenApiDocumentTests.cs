using System.Net;
using System.Text.Json;
using FactBot.LocalHost.Routing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace FactBot.Functions.Tests.Http;

public sealed class OpenApiDocumentTests(ApiHostFactory factory) : IClassFixture<ApiHostFactory>
{
    [Fact]
    public async Task The_document_lists_exactly_the_routes_that_are_served()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/api/openapi.json");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(json);
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var served = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<FunctionEndpointMetadata>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Where(verb => verb != "HEAD").Select(verb => $"{verb} /{System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!, @"\{(\w+):[^}]*\)\}", "{$1}")}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(served, documented);
        Assert.Equal(14, served.Length);
    }

    [Fact]
    public async Task Every_operation_documents_the_rate_limit_refusal_as_problem_json()
    {
        var client = factory.CreateClient();
        var json = await client.GetStringAsync("/api/openapi.json");

        var document = OpenApiDocument.Parse(json, "json", new OpenApiReaderSettings()).Document!;

        var operations = document.Paths.SelectMany(path => path.Value.Operations!.Select(op => (Name: $"{op.Key} {path.Key}", Operation: op.Value))).ToArray();
        Assert.Equal(14, operations.Length);
        Assert.All(operations, op =>
        {
            Assert.True(op.Operation.Responses!.TryGetValue("429", out var refused), $"{op.Name} does not document 429");
            Assert.Contains("application/problem+json", refused!.Content!.Keys);
            Assert.Contains("Retry-After", refused.Description, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_document_is_valid_openapi_with_bodies_responses_and_security_where_they_belong()
    {
        var client = factory.CreateClient();
        var json = await client.GetStringAsync("/api/openapi.json");

        var result = OpenApiDocument.Parse(json, "json", new OpenApiReaderSettings());

        Assert.Empty(result.Diagnostic?.Errors ?? []);
        var document = result.Document!;
        var check = document.Paths["/api/claims/check"].Operations![HttpMethod.Post];
        Assert.NotNull(check.RequestBody?.Content?["application/json"].Schema);
        Assert.Equal(["200", "400", "405", "408", "413", "415", "429"], check.Responses!.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("application/ld+json", check.Responses["200"].Content!.Keys);
        Assert.NotEmpty(check.Security!);
        var webhook = document.Paths["/api/webhooks/claims"].Operations![HttpMethod.Post];
        Assert.True(webhook.Security is null || webhook.Security.Count == 0);
        Assert.Contains("401", webhook.Responses!.Keys);
        Assert.Equal(
            ["webhook-id", "webhook-signature", "webhook-timestamp"],
            webhook.Parameters!.Where(p => p.In == ParameterLocation.Header).Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("ClaimCheckResponse", document.Components!.Schemas!.Keys);
        Assert.Equal("404", document.Paths["/api/claims/{id}"].Operations![HttpMethod.Get].Responses!.Keys.ElementAt(1));
    }
}
