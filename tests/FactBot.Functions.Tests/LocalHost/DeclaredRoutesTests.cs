using System.Reflection;
using FactBot.Functions.Claims;
using FactBot.LocalHost.Routing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Functions.Tests.LocalHost;

public sealed class DeclaredRoutesTests(EmbeddedLocalHostFactory factory) : IClassFixture<EmbeddedLocalHostFactory>
{
    [Fact]
    public void The_local_host_serves_exactly_the_routes_declared_by_http_trigger_attributes()
    {
        var declared = typeof(CheckClaimFunction).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
            .SelectMany(m => m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>()
                .SelectMany(t => (t.Methods ?? ["*"]).Select(verb => $"{verb.ToUpperInvariant()} api/{t.Route ?? m.GetCustomAttribute<FunctionAttribute>()!.Name}")))
            .Order(StringComparer.Ordinal)
            .ToArray();
        using var client = factory.CreateClient();

        var served = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<FunctionEndpointMetadata>() is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(verb => $"{verb} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Contains("POST api/claims/check", declared);
        Assert.Equal(declared, served);
    }
}
