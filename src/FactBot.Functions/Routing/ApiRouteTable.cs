namespace FactBot.Functions.Routing;

/// <summary>The routes this assembly serves, under host.json's route prefix: what the LocalHost maps and the OpenAPI document describes.</summary>
public sealed class ApiRouteTable
{
    internal ApiRouteTable(IReadOnlyList<FunctionRoute> routes) => Routes = routes;

    internal IReadOnlyList<FunctionRoute> Routes { get; }

    /// <summary>Discovers the routes, reading host.json beside the program or in the working directory.</summary>
    public static ApiRouteTable Discover()
    {
        var prefix = HostJson.ReadRoutePrefix(HostJson.Find(AppContext.BaseDirectory, Directory.GetCurrentDirectory()));
        return new ApiRouteTable(FunctionRouteTable.Discover(typeof(ApiRouteTable).Assembly, prefix));
    }
}
