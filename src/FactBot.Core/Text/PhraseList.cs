namespace FactBot.Core.Text;

/// <summary>The phrases of a named list in both languages' word lists, ready to match.</summary>
internal static class PhraseList
{
    public static PhraseSet<bool> Of(string list) => new(LanguageData.All.SelectMany(l => l.List(list)).Select(p => (p, true)));

    public static PhraseSet<string> OfMap(string map) =>
        new(LanguageData.All.SelectMany(l => l.Map(string.Empty, map)).Select(kv => (kv.Key, kv.Value.GetString()!)));
}
