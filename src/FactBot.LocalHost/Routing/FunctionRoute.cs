using System.Reflection;

namespace FactBot.LocalHost.Routing;

/// <summary>One HTTP-triggered function: its name, full route template (prefix included) and methods (empty: any).</summary>
internal sealed record FunctionRoute(string Name, string Template, IReadOnlyList<string> Methods, MethodInfo Method);
