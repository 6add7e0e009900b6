using FactBot.Core.Text.Spelling;

namespace FactBot.Core.Tests.Text.Spelling;

/// <summary>The words of vocabulary.txt (names, relation and context words, function words) and a corrector over them.</summary>
internal static class TestVocabulary
{
    public static IReadOnlyList<string> Words { get; } =
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Text", "Spelling", "vocabulary.txt")).Where(l => l.Length > 0).ToArray();

    public static SpellingCorrector Corrector { get; } = new(Words);

    /// <summary>The test vocabulary plus the given space-separated words.</summary>
    public static SpellingCorrector With(string extraWords) => new(Words.Concat(extraWords.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
