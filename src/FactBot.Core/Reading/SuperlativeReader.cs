using System.Collections.Frozen;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>
/// Finds "first", "latest", "biggest", "le plus gros"… (the languages' <c>superlatives</c>), but not in a time phrase
/// ("last week", "la semaine dernière"), which says when, not which, nor before a party ("its biggest investor", the
/// languages' <c>partyNouns</c>), which ranks parties, not the events of a series.
/// </summary>
internal static class SuperlativeReader
{
    private static readonly PhraseSet<SuperlativeKind> Phrases = new(LanguageData.All
        .SelectMany(l => l.Map(string.Empty, "superlatives"))
        .Select(kv => (kv.Key, Enum.Parse<SuperlativeKind>(kv.Value.GetString()!))));

    private static readonly FrozenSet<string> PartyNouns = LanguageData.Both("partyNouns");

    /// <summary>"its biggest investor", "son premier actionnaire": a rank among parties, which no record gives.</summary>
    public static IEnumerable<(int Start, int End)> PartyRanks(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Phrases.TryMatchAt(tokens, i, out var length, out _) && i + length < tokens.Count && PartyNouns.Contains(tokens[i + length].Text))
            {
                yield return (i, i + length + 1);
                i += length;
            }
        }
    }

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
            var nearTime = (end < tokens.Count && LanguageWords.TimeNouns.Contains(tokens[end].Text)) || (i > 0 && LanguageWords.TimeNouns.Contains(tokens[i - 1].Text));
            var beforeParty = end < tokens.Count && PartyNouns.Contains(tokens[end].Text);
            if (!nearTime && !beforeParty)
            {
                found.Add(new Superlative(i, end, kind));
            }

            i = end - 1;
        }

        return found;
    }
}
