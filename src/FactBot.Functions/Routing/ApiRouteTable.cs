namespace FactBot.Functions.Routing;

/// <summary>The routes this assembly serves, under host.json's route prefix: what the LocalHost maps and the OpenAPI document describes.</summary>
public sealed class ApiRouteTable
{
    internal ApiRouteTable(IReadOnlyList<FunctionRoute> routes, string routePrefix, string? hostJsonPath)
    {
        Routes = routes;
        RoutePrefix = routePrefix;
        HostJsonPath = hostJsonPath;
    }

    /// <summary>The prefix every route is under ("api" by default).</summary>
    public string RoutePrefix { get; }

    /// <summary>The host.json the prefix was read from, or null when none was found (the defaults apply).</summary>
    public string? HostJsonPath { get; }

    internal IReadOnlyList<FunctionRoute> Routes { get; }

    /// <summary>The route of the function named <paramref name="functionName"/>.</summary>
    internal FunctionRoute this[string functionName] => Routes.Single(r => r.Name == functionName);

    /// <summary>Discovers the routes, reading host.json beside the program or in the working directory.</summary>
    public static ApiRouteTable Discover()
    {
        var hostJson = HostJson.Find(AppContext.BaseDirectory, Directory.GetCurrentDirectory());
        var prefix = HostJson.ReadRoutePrefix(hostJson);
        return new ApiRouteTable(FunctionRouteTable.Discover(typeof(ApiRouteTable).Assembly, prefix), prefix, hostJson);
    }
}
