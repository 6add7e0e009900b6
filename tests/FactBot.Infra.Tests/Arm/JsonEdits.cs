using System.Text.Json.Nodes;

namespace FactBot.Infra.Tests.Arm;

/// <summary>Small edits of a cloned compiled template, for showing that each rule catches what it is about.</summary>
internal static class JsonEdits
{
    public static ArmResource Single(this ArmTemplate template, string type, Func<ArmResource, bool>? where = null) =>
        template.OfType(type).Single(r => where?.Invoke(r) ?? true);

    /// <summary>Sets a value at a dotted path under the resource's properties.</summary>
    public static void Set(this ArmResource resource, string path, JsonNode? value)
    {
        var segments = path.Split('.');
        var node = resource.Properties;
        foreach (var segment in segments[..^1])
        {
            node = (JsonObject)node[segment]!;
        }

        node[segments[^1]] = value;
    }

    /// <summary>Takes the resource out of its template.</summary>
    public static void Remove(this ArmResource resource)
    {
        switch (resource.Context.Template["resources"])
        {
            case JsonArray array:
                array.Remove(resource.Node);
                break;
            case JsonObject byName:
                byName.Remove(byName.Single(pair => ReferenceEquals(pair.Value, resource.Node)).Key);
                break;
        }
    }
}
