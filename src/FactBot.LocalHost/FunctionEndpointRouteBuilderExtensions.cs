using FactBot.Functions.Http;
using FactBot.Functions.Routing;
using FactBot.LocalHost.Http;
using FactBot.LocalHost.Limits;
using FactBot.LocalHost.Routing;

namespace FactBot.LocalHost;

public static class FunctionEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves every HTTP-triggered function of the route table (<see cref="ApiRouteTable"/>, the one the functions use too)
    /// at the route its attribute declares, under host.json's route prefix; other methods on those routes get 405 and
    /// every other path 404, as problem+json.
    /// </summary>
    public static WebApplication MapFunctions(this WebApplication app)
    {
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseExceptionHandler();
        app.UseMiddleware<LoadLimitsMiddleware>();
        var routes = app.Services.GetRequiredService<ApiRouteTable>();
        LocalHostLog.RoutePrefix(app.Logger, routes.RoutePrefix, routes.HostJsonPath ?? "defaults");

        foreach (var group in routes.Routes.GroupBy(r => r.Template, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var route in group)
            {
                var endpoint = route.Methods.Count == 0
                    ? app.Map(route.Template, FunctionInvoker.Create(route))
                    : app.MapMethods(route.Template, route.Methods, FunctionInvoker.Create(route));
                endpoint.WithDisplayName($"Function {route.Name}").WithMetadata(new FunctionEndpointMetadata(route.Name));
                LocalHostLog.MappedFunction(app.Logger, route.Name, route.Methods.Count == 0 ? "*" : string.Join(",", route.Methods), route.Template);
            }

            if (group.All(r => r.Methods.Count > 0))
            {
                var allowed = group.SelectMany(r => r.Methods).Distinct().Order(StringComparer.Ordinal).ToArray();
                app.Map(group.Key, context => Problems.MethodNotAllowed(context.Request.Path, context.Request.Method, allowed).WriteAsync(context))
                    .WithOrder(1)
                    .WithDisplayName($"405 {group.Key}");
            }
        }

        app.MapFallback("{**path}", context => Problems.RouteNotFound(context.Request.Path).WriteAsync(context)).WithDisplayName("404");
        return app;
    }
}
