using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FactBot.Infra.Tests.Arm;

/// <summary>
/// One template of a compiled deployment: the root, or the inline template of a module
/// (a Microsoft.Resources/deployments resource), with the module that passes it its parameters.
/// </summary>
internal sealed partial class TemplateContext(JsonObject template, JsonObject? deployment, TemplateContext? parent)
{
    public JsonObject Template { get; } = template;

    public TemplateContext? Parent { get; } = parent;

    /// <summary>The module's deployment name (e.g. factbot-storage), or "main" for the root.</summary>
    public string Name => deployment?["name"]?.GetValue<string>() ?? "main";

    public JsonObject Parameters => Template["parameters"] as JsonObject ?? [];

    public JsonObject Variables => Template["variables"] as JsonObject ?? [];

    public JsonObject Outputs => Template["outputs"] as JsonObject ?? [];

    public bool IsSecureParameter(string name) =>
        Parameters[name]?["type"]?.GetValue<string>().StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// Follows a value that is exactly <c>[parameters('x')]</c> or <c>[variables('x')]</c> to what it stands for:
    /// the value the parent module passes, else the parameter's default. Anything else is returned as it is.
    /// </summary>
    public JsonNode? Resolve(JsonNode? value)
    {
        if (value is not JsonValue leaf || !leaf.TryGetValue(out string? text))
        {
            return value;
        }

        if (ParameterReference().Match(text) is { Success: true } parameter)
        {
            var name = parameter.Groups["name"].Value;
            var passed = deployment?["properties"]?["parameters"]?[name]?["value"];
            return passed is not null && Parent is not null
                ? Parent.Resolve(passed)
                : Resolve(Parameters[name]?["defaultValue"]);
        }

        return VariableReference().Match(text) is { Success: true } variable
            ? Resolve(Variables[variable.Groups["name"].Value])
            : value;
    }

    [GeneratedRegex(@"^\[parameters\('(?<name>[^']+)'\)\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"^\[variables\('(?<name>[^']+)'\)\]$")]
    private static partial Regex VariableReference();
}
