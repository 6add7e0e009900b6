using System.Collections.Frozen;
using System.Text.Json;

namespace FactBot.Cli.Authoring;

/// <summary>The general words the authoring tools read (Authoring/authoring.json, embedded): data, not C# literals.</summary>
internal static class AuthoringData
{
    private static readonly JsonElement Root = Load();

    /// <summary>Abbreviations of both languages (folded, lower case, without the final period) that do not end a sentence.</summary>
    public static FrozenSet<string> Abbreviations { get; } =
        Root.GetProperty("abbreviations").EnumerateObject().SelectMany(l => l.Value.EnumerateArray()).Select(e => e.GetString()!).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Keys of the header lines an article file may open with ("source: …"), besides the date.</summary>
    public static FrozenSet<string> HeaderKeys { get; } =
        Root.GetProperty("headerKeys").EnumerateArray().Select(e => e.GetString()!).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The label a drafted slot of <paramref name="type"/> gets, in English and French.</summary>
    public static (string En, string Fr) SlotLabel(string type)
    {
        var labels = Root.GetProperty("slotLabels");
        var label = labels.TryGetProperty(type, out var l) ? l : labels.GetProperty("unknown");
        return (label.GetProperty("en").GetString()!, label.GetProperty("fr").GetString()!);
    }

    private static JsonElement Load()
    {
        using var stream = typeof(AuthoringData).Assembly.GetManifestResourceStream("FactBot.Cli.Authoring.authoring.json")
            ?? throw new InvalidOperationException("The embedded Authoring/authoring.json is missing from the build.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }
}
