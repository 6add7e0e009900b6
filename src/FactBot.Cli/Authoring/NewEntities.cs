using System.Text;
using System.Text.Json.Nodes;
using FactBot.Core.Retrieval;
using FactBot.Core.Seeds;
using FactBot.Core.Text;

namespace FactBot.Cli.Authoring;

/// <summary>
/// The capitalised names of an article that no seed knows, as entities to define: one per name, the same one when
/// a later sentence gives only its first or last word ("Kovacs" after "Anna Kovacs"), whose type a person decides.
/// </summary>
internal sealed class NewEntities(IReadOnlySet<string> takenIds)
{
    private readonly List<(string Id, string Name, List<string> Aliases)> entities = [];
    private readonly Dictionary<string, string> byKey = new(StringComparer.Ordinal);

    public int Count => entities.Count;

    /// <summary>The id of the entity <paramref name="name"/> names, defined on first sight.</summary>
    public string Add(string name)
    {
        var key = AliasKey.Of(name, out var words) ?? name;
        if (byKey.TryGetValue(key, out var known))
        {
            return known;
        }

        // A single word that opens or closes a longer name already met is that name, said shorter.
        var longer = words == 1 ? entities.FirstOrDefault(e => e.Name.Split(' ') is { Length: > 1 } parts && (Same(parts[0], name) || Same(parts[^1], name))) : default;
        if (longer.Id is not null)
        {
            longer.Aliases.Add(name);
            byKey[key] = longer.Id;
            return longer.Id;
        }

        var id = Slug(name);
        var unique = id.Length == 0 ? "entity" : id;
        for (var n = 2; takenIds.Contains(unique) || entities.Any(e => e.Id == unique); n++)
        {
            unique = $"{id}-{n}";
        }

        entities.Add((unique, name, [name]));
        byKey[key] = unique;
        return unique;
    }

    public JsonArray ToJson() => new(entities.Select(e => (JsonNode)new JsonObject
    {
        ["id"] = e.Id,
        ["type"] = DraftMarkers.Marker + ": person, organisation, role, product or place",
        ["name"] = e.Name,
        ["aliases"] = new JsonArray(e.Aliases.Select(a => (JsonNode)a).ToArray()),
    }).ToArray());

    /// <summary>Lower-case ASCII letters and digits joined by dashes: "Élise Tremblay" is "elise-tremblay".</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in TextFolding.FoldLower(text))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }

    private static bool Same(string a, string b) => AliasKey.Of(a, out _) == AliasKey.Of(b, out _);
}
