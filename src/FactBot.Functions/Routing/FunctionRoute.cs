using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Routing;

/// <summary>
/// One HTTP-triggered function: its name, full route template (prefix included, constraints as declared),
/// methods (empty: any), authorization level on Azure, and the method that runs it.
/// </summary>
internal sealed partial record FunctionRoute(
    string Name, string Template, IReadOnlyList<string> Methods, AuthorizationLevel AuthLevel, MethodInfo Method)
{
    /// <summary>The template as a request path: a leading slash, parameters (if any) still in braces.</summary>
    public string Path => "/" + Template;

    /// <summary>The template as an OpenAPI path: leading slash, parameters without their constraints (<c>{id:length(32)}</c> → <c>{id}</c>).</summary>
    public string OpenApiPath => "/" + Constraint().Replace(Template, "{$1}");

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z_][A-Za-z0-9_]*)(?::[^{}]*(?:\{[^{}]*\}[^{}]*)*)?\??\}")]
    private static partial Regex Constraint();
}
