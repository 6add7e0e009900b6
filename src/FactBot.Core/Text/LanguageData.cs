using System.Collections.Frozen;
using System.Text.Json;
using FactBot.Core.Facts;

namespace FactBot.Core.Text;

/// <summary>
/// The general words of one language (Text/Language/{en,fr}.json, embedded): named word lists, number words, elisions.
/// Loaded once; the engine reads them through <see cref="LanguageWords"/> and the number parser.
/// </summary>
internal sealed class LanguageData
{
    private readonly JsonElement root;

    private LanguageData(Language language, JsonElement root)
    {
        Language = language;
        this.root = root;
    }

    public static LanguageData English { get; } = Load(Language.English, "en");

    public static LanguageData French { get; } = Load(Language.French, "fr");

    public static IReadOnlyList<LanguageData> All { get; } = [English, French];

    public Language Language { get; }

    /// <summary>A named word list, empty when the language has none.</summary>
    public IReadOnlyList<string> List(string name) =>
        root.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];

    /// <summary>A named word list inside a section ("numbers"), empty when the language has none.</summary>
    public IReadOnlyList<string> List(string section, string name) =>
        root.TryGetProperty(section, out var parent) && parent.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : [];

    /// <summary>A named map of words to values (numbers, currencies, bounds), empty when the language has none.</summary>
    public IReadOnlyDictionary<string, JsonElement> Map(string section, string name)
    {
        var parent = section.Length == 0 ? root : root.TryGetProperty(section, out var s) ? s : default;
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var map))
        {
            return new Dictionary<string, JsonElement>();
        }

        return map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    /// <summary>Every word of every list of both languages, for reading misspellings of them.</summary>
    public static IEnumerable<string> AllWords => All.SelectMany(l => l.Words());

    /// <summary>The union of a named list over both languages.</summary>
    public static FrozenSet<string> Both(string name) =>
        All.SelectMany(l => l.List(name)).ToFrozenSet(StringComparer.Ordinal);

    private IEnumerable<string> Words()
    {
        foreach (var property in root.EnumerateObject())
        {
            foreach (var word in Strings(property.Value))
            {
                yield return word;
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    private static LanguageData Load(Language language, string code)
    {
        var name = $"FactBot.Core.Text.Language.{code}.json";
        using var stream = typeof(LanguageData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded word list {name} is missing from the build.");
        using var document = JsonDocument.Parse(stream);
        return new LanguageData(language, document.RootElement.Clone());
    }
}
