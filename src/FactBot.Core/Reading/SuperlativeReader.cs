using System.Collections.Frozen;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>
/// Finds "first", "latest", "biggest", "le plus gros"… (the languages' <c>superlatives</c>), but not in a time phrase
/// ("last week", "la semaine dernière"), which says when, not which.
/// </summary>
internal static class SuperlativeReader
{
    private static readonly PhraseSet<SuperlativeKind> Phrases = new(LanguageData.All
        .SelectMany(l => l.Map(string.Empty, "superlatives"))
        .Select(kv => (kv.Key, Enum.Parse<SuperlativeKind>(kv.Value.GetString()!))));

    private static readonly FrozenSet<string> TimeNouns = LanguageData.Both("timeNouns");

    public static List<Superlative> Read(IReadOnlyList<Token> tokens)
    {
        var found = new List<Superlative>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Phrases.TryMatchAt(tokens, i, out var length, out var kind))
            {
                continue;
            }

            var end = i + length;
            var nearTime = (end < tokens.Count && TimeNouns.Contains(tokens[end].Text)) || (i > 0 && TimeNouns.Contains(tokens[i - 1].Text));
            if (!nearTime)
            {
                found.Add(new Superlative(i, end, kind));
            }

            i = end - 1;
        }

        return found;
    }
}
