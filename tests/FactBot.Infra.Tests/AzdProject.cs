using System.Text.Json.Nodes;
using FactBot.TestSupport;
using YamlDotNet.RepresentationModel;

namespace FactBot.Infra.Tests;

/// <summary>The files `azd up` reads: azure.yaml, infra/main.parameters.json and the hook scripts.</summary>
internal static class AzdProject
{
    public static string Root => RepositoryLayout.Root;

    public static YamlMappingNode AzureYaml()
    {
        using var reader = new StreamReader(Path.Combine(Root, "azure.yaml"));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static JsonObject MainParameters() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "infra", "main.parameters.json")))!["parameters"]!;

    /// <summary>A mapping's child by key path, e.g. "services", "api", "host"; null when absent.</summary>
    public static YamlNode? At(this YamlNode? node, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    public static string? Text(this YamlNode? node) => (node as YamlScalarNode)?.Value;
}
