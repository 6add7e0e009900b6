using System.Text.Json;
using System.Text.Json.Nodes;
using FactBot.Core.Seeds;

namespace FactBot.Cli.Authoring;

/// <summary>Counts the values of a seed file as an author writes them: every string and number, TODO markers apart.</summary>
internal static class DraftValues
{
    public static (int Values, int Todos) Count(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key != "$schema").Select(p => Count(p.Value)).Aggregate((0, 0), Add),
        JsonArray a => a.Select(Count).Aggregate((0, 0), Add),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => (1, DraftMarkers.IsMarker(v.GetValue<string>()) ? 1 : 0),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => (1, 0),
        _ => (0, 0),
    };

    private static (int, int) Add((int Values, int Todos) a, (int Values, int Todos) b) => (a.Values + b.Values, a.Todos + b.Todos);
}
