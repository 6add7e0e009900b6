using System.Collections.Frozen;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>
/// Finds "first", "latest", "biggest", "le plus gros"… (the languages' <c>superlatives</c>), but not in a time phrase
/// ("last week", "la semaine dernière"), which says when, not which.
/// </summary>
internal static class SuperlativeReader
{
    private static readonly (string[] Words, SuperlativeKind Kind)[] Phrases = LanguageData.All
        .SelectMany(l => l.Map(string.Empty, "superlatives"))
        .Select(kv => (kv.Key.Split(' '), Enum.Parse<SuperlativeKind>(kv.Value.GetString()!)))
        .OrderByDescending(p => p.Item1.Length)
        .ToArray();

    private static readonly FrozenSet<string> TimeNouns = LanguageData.Both("timeNouns");

    public static List<Superlative> Read(IReadOnlyList<Token> tokens)
    {
        var found = new List<Superlative>();
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (words, kind) in Phrases)
            {
                var end = i + words.Length;
                if (end > tokens.Count || !Enumerable.Range(0, words.Length).All(k => tokens[i + k].Text == words[k]))
                {
                    continue;
                }

                var nearTime = (end < tokens.Count && TimeNouns.Contains(tokens[end].Text)) || (i > 0 && TimeNouns.Contains(tokens[i - 1].Text));
                if (!nearTime)
                {
                    found.Add(new Superlative(i, end, kind));
                }

                i = end - 1;
                break;
            }
        }

        return found;
    }
}
