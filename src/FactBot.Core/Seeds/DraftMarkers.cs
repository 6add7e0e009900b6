using System.Text.Json;

namespace FactBot.Core.Seeds;

/// <summary>
/// <c>factbot seeds draft</c> writes <c>"TODO: …"</c> wherever a person must decide (a slot's match, an entity's
/// type, a summary). A seed file that still holds one is a draft, not knowledge: every marker is a load error with
/// its JSON path, so no draft reaches the engine or the store.
/// </summary>
internal static class DraftMarkers
{
    public const string Marker = "TODO";

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Adds an error for every string of <paramref name="input"/> that starts with the marker; malformed JSON is the parser's to report.</summary>
    public static void Find(SeedInput input, List<string> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(input.Json, Options);
            Walk(document.RootElement, string.Empty, input.Name, errors);
        }
        catch (JsonException)
        {
        }
    }

    public static bool IsMarker(string? text) =>
        text is not null && text.StartsWith(Marker, StringComparison.Ordinal) && (text.Length == Marker.Length || !char.IsLetterOrDigit(text[Marker.Length]));

    private static void Walk(JsonElement element, string path, string file, List<string> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", file, errors);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]", file, errors);
                }

                break;
            case JsonValueKind.String when IsMarker(element.GetString()):
                errors.Add($"{file}: {path}: still a draft: \"{element.GetString()}\" (resolve every {Marker} that 'factbot seeds draft' left)");
                break;
        }
    }
}
