using FactBot.Functions.Claims;
using FactBot.LocalHost.Routing;

namespace FactBot.Functions.Tests.LocalHost;

public sealed class FunctionRouteTableTests
{
    [Fact]
    public void Discovery_prefixes_the_attribute_route_and_upper_cases_its_methods()
    {
        var routes = FunctionRouteTable.Discover(typeof(CheckClaimFunction).Assembly, "api");

        var route = Assert.Single(routes);
        Assert.Equal("CheckClaim", route.Name);
        Assert.Equal("api/claims/check", route.Template);
        Assert.Equal(["POST"], route.Methods);
        Assert.Equal(nameof(CheckClaimFunction.RunAsync), route.Method.Name);
    }

    [Fact]
    public void An_empty_prefix_serves_routes_at_the_root()
    {
        var routes = FunctionRouteTable.Discover(typeof(CheckClaimFunction).Assembly, "");

        Assert.Equal("claims/check", Assert.Single(routes).Template);
    }
}
