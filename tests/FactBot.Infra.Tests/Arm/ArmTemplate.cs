using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactBot.Infra.Tests.Arm;

/// <summary>
/// A compiled ARM template (bicep build output), with every resource of its modules' inline templates flattened
/// into one list. Resources may be an array or, in language version 2.0 templates, an object keyed by symbolic name.
/// </summary>
internal sealed class ArmTemplate
{
    private ArmTemplate(JsonObject root)
    {
        Root = root;
        Main = new TemplateContext(root, deployment: null, parent: null);
    }

    public JsonObject Root { get; }

    /// <summary>The root template (infra/main.bicep).</summary>
    public TemplateContext Main { get; }

    /// <summary>Read afresh on each call, so an edit of the JSON (a removed resource) shows at once.</summary>
    public IReadOnlyList<ArmResource> Resources => Collect(Main).ToList();

    // ARM expressions are full of apostrophes, which the default encoder writes as \u0027.
    private static readonly JsonSerializerOptions Verbatim = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The whole template as JSON text, with expressions as written (no \u0027 for apostrophes).</summary>
    public string Json => Text(Root);

    public static string Text(JsonNode? node) => node?.ToJsonString(Verbatim) ?? "";

    public static ArmTemplate Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new ArgumentException("Not a JSON object.", nameof(json)));

    /// <summary>A deep copy to mutate without touching this one.</summary>
    public ArmTemplate Clone() => new((JsonObject)Root.DeepClone());

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The root template and every module template that declares a resource.</summary>
    public IEnumerable<TemplateContext> Templates() =>
        Resources.Select(r => r.Context).Prepend(Main).DistinctBy(c => c.Template);

    /// <summary>The template of the module deployed under this deployment name (e.g. factbot-storage).</summary>
    public TemplateContext Module(string deploymentName) =>
        Templates().Single(t => t.Name == deploymentName);

    private static IEnumerable<ArmResource> Collect(TemplateContext context)
    {
        var resources = context.Template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject byName => byName.Select(pair => pair.Value).OfType<JsonObject>(),
            _ => [],
        };

        foreach (var node in resources)
        {
            var resource = new ArmResource(node, context);
            yield return resource;
            if (resource.Type == "Microsoft.Resources/deployments" && resource.Properties["template"] is JsonObject template)
            {
                foreach (var nested in Collect(new TemplateContext(template, node, context)))
                {
                    yield return nested;
                }
            }
        }
    }
}
