using FactBot.Functions.Claims;
using FactBot.Functions.Routing;
using FactBot.Functions.Webhooks;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Tests.LocalHost;

public sealed class FunctionRouteTableTests
{
    [Fact]
    public void Discovery_prefixes_the_attribute_route_and_upper_cases_its_methods()
    {
        var routes = FunctionRouteTable.Discover(typeof(CheckClaimFunction).Assembly, "api");

        var route = Assert.Single(routes, r => r.Name == "CheckClaim");
        Assert.Equal("api/claims/check", route.Template);
        Assert.Equal(["POST"], route.Methods);
        Assert.Equal(AuthorizationLevel.Function, route.AuthLevel);
        Assert.Equal(nameof(CheckClaimFunction.RunAsync), route.Method.Name);
    }

    [Fact]
    public void An_empty_prefix_serves_routes_at_the_root()
    {
        var routes = FunctionRouteTable.Discover(typeof(CheckClaimFunction).Assembly, "");

        Assert.Equal("claims/check", Assert.Single(routes, r => r.Name == "CheckClaim").Template);
    }

    [Fact]
    public void The_route_table_gives_the_webhook_its_path_under_the_host_json_prefix()
    {
        var route = ApiRouteTable.Discover()[ClaimWebhookFunction.Name];

        Assert.Equal("/api/webhooks/claims", route.Path);
        Assert.Equal(["POST"], route.Methods);
    }

    [Theory]
    [InlineData("api/claims/{id:length(32)}", "/api/claims/{id}")]
    [InlineData("api/claims/{id:length(32)}/feedback", "/api/claims/{id}/feedback")]
    [InlineData("api/facts/{id}", "/api/facts/{id}")]
    [InlineData("api/health", "/api/health")]
    public void The_open_api_path_drops_route_constraints(string template, string path)
    {
        var route = new FunctionRoute("X", template, ["GET"], AuthorizationLevel.Function, typeof(CheckClaimFunction).GetMethod(nameof(CheckClaimFunction.RunAsync))!);

        Assert.Equal(path, route.OpenApiPath);
    }
}
