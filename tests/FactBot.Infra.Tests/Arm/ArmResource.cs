using System.Text.Json.Nodes;

namespace FactBot.Infra.Tests.Arm;

/// <summary>A resource of a compiled template, with the template it is declared in.</summary>
internal sealed record ArmResource(JsonObject Node, TemplateContext Context)
{
    public string Type => Node["type"]!.GetValue<string>();

    /// <summary>The name as compiled: a literal or an ARM expression.</summary>
    public string Name => Node["name"]!.GetValue<string>();

    public JsonObject Properties => Node["properties"] as JsonObject ?? [];

    /// <summary>The scope expression of an extension resource; null means the deployment's own scope.</summary>
    public string? Scope => Node["scope"]?.GetValue<string>();

    public bool IsConditional => Node["condition"] is not null;

    /// <summary>The value at a dotted path under properties, resolved through parameters and variables.</summary>
    public JsonNode? Property(string path)
    {
        JsonNode? node = Properties;
        foreach (var segment in path.Split('.'))
        {
            node = Context.Resolve(node)?[segment];
        }

        return Context.Resolve(node);
    }

    /// <summary>True when the name ends with the given last segment, as in format('{0}/{1}', ..., 'ftp').</summary>
    public bool IsNamed(string lastSegment) =>
        Name == lastSegment || Name.EndsWith($"'{lastSegment}')]", StringComparison.Ordinal);

    public override string ToString() => $"{Type} {Name} (in {Context.Name})";
}
