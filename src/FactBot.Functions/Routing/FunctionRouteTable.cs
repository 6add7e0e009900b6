using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Routing;

/// <summary>Finds the HTTP-triggered functions of an assembly from their <c>[Function]</c> and <c>[HttpTrigger]</c> attributes.</summary>
internal static class FunctionRouteTable
{
    public static IReadOnlyList<FunctionRoute> Discover(Assembly assembly, string routePrefix)
    {
        var routes = new List<FunctionRoute>();
        foreach (var type in assembly.GetExportedTypes().Where(t => t.IsClass))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var function = method.GetCustomAttribute<FunctionAttribute>();
                var trigger = method.GetParameters()
                    .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>())
                    .FirstOrDefault(a => a is not null);
                if (function is null || trigger is null)
                {
                    continue;
                }

                var route = (trigger.Route ?? function.Name).Trim('/');
                var template = string.IsNullOrEmpty(routePrefix) ? route : $"{routePrefix}/{route}";
                var methods = (trigger.Methods ?? []).Select(m => m.ToUpperInvariant()).Distinct().ToArray();
                routes.Add(new FunctionRoute(function.Name, template, methods, trigger.AuthLevel, method));
            }
        }

        return routes.OrderBy(r => r.Template, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ToArray();
    }
}
