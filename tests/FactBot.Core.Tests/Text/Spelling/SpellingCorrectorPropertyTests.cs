using CsCheck;
using F23.StringSimilarity;
using FactBot.Core.Text.Spelling;

namespace FactBot.Core.Tests.Text.Spelling;

public sealed class SpellingCorrectorPropertyTests
{
    private static readonly OptimalStringAlignment Osa = new();

    private static readonly WordList[] RealWords = [WordList.English, WordList.French];

    // Made-up words (hardly ever English or French) of five to twelve letters.
    private static readonly Gen<string[]> Vocabulary = Gen.String[Gen.Char['a', 'z'], 5, 12].HashSet[2, 120].Select(set => set.ToArray());

    // Over a small alphabet, words crowd together: ties, shared first letters and second neighbours are common.
    private static readonly Gen<string[]> CrowdedVocabulary = Gen.String[Gen.Char['a', 'h'], 5, 12].HashSet[2, 60].Select(set => set.ToArray());

    // One edit of one word that keeps its first letter (only a swap of the first two may change it):
    // 0 transposition, 1 deletion, 2 insertion, 3 substitution.
    private static readonly Gen<(string[] Vocabulary, string Word, string Token)> SingleEdits =
        Gen.Select(Vocabulary, Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Gen.Int[0, 11], Gen.Char['a', 'z'])
            .Select(x =>
            {
                var word = x.Item1[x.Item2 % x.Item1.Length];
                var at = x.Item3 switch
                {
                    0 => x.Item4 % (word.Length - 1),
                    2 => 1 + (x.Item4 % word.Length),
                    _ => 1 + (x.Item4 % (word.Length - 1)),
                };
                return (x.Item1, word, Edit(word, x.Item3, at, x.Item5));
            });

    [Fact]
    public void TryCorrect_ReadsEverySingleEditOfAWordBackAsThatWord()
    {
        SingleEdits
            .Where(s => s.Token.Length >= 5 && s.Token != s.Word)
            .Where(s => !s.Vocabulary.Contains(s.Token) && !RealWords.Any(l => l.Contains(s.Token)))
            .Where(s => !s.Vocabulary.Any(v => v != s.Word && Osa.Distance(v, s.Token) <= 1))
            .Sample(s =>
            {
                var corrector = new SpellingCorrector(s.Vocabulary);

                Assert.True(corrector.TryCorrect(s.Token, out var correction), $"\"{s.Token}\" ({s.Word}) was not corrected");
                Assert.Equal(new Correction(s.Word, 1), correction);
            }, iter: 1_500);
    }

    [Fact]
    public void TryCorrect_AgreesWithAScanOfTheWholeVocabulary()
    {
        // Up to two random edits of a word, so that ties, first-letter changes and distances of 2 all occur.
        var tokens = Gen.Select(CrowdedVocabulary, Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Gen.Int[0, 11], Gen.Char['a', 'i'], Gen.Int[0, 3], Gen.Int[0, 11], Gen.Char['a', 'i'])
            .Select(x =>
            {
                var word = x.Item1[x.Item2 % x.Item1.Length];
                var once = Edit(word, x.Item3, x.Item4 % word.Length, x.Item5);
                return (Vocabulary: x.Item1, Token: Edit(once, x.Item6, x.Item7 % once.Length, x.Item8));
            });

        tokens.Sample(s =>
        {
            var corrector = new SpellingCorrector(s.Vocabulary);

            var corrected = corrector.TryCorrect(s.Token, out var correction);

            Assert.Equal(Scan(s.Vocabulary, s.Token), corrected ? correction : null);
        }, iter: 3_000);
    }

    // The rules applied the slow way: every vocabulary word measured.
    private static Correction? Scan(string[] vocabulary, string token)
    {
        var options = SpellingOptions.Default;
        if (vocabulary.Contains(token) || options.AllowedEdits(token.Length) == 0 || RealWords.Any(l => l.Contains(token)))
        {
            return null;
        }

        var reachable = vocabulary
            .Where(w => options.AllowedEdits(w.Length) > 0)
            .Select(w => new Correction(w, Distance(w, token)))
            .Where(c => c.Edits <= options.AllowedEdits(c.Word.Length, token.Length))
            .ToList();
        var closest = reachable.Count == 0 ? -1 : reachable.Min(c => c.Edits);
        var best = reachable.Where(c => c.Edits == closest).ToList();
        return best.Count == 1 ? best[0] : null;
    }

    private static int Distance(string word, string token) =>
        word[0] == token[0] ? (int)Osa.Distance(word, token)
        : word.Length > 1 && token.Length > 1 && word[0] == token[1] && word[1] == token[0] ? 1 + (int)Osa.Distance(word[2..], token[2..])
        : int.MaxValue;

    private static string Edit(string word, int kind, int at, char letter) =>
        kind switch
        {
            0 when at + 1 < word.Length => string.Concat(word.AsSpan(0, at), [word[at + 1], word[at]], word.AsSpan(at + 2)),
            1 => word.Remove(at, 1),
            2 => word.Insert(at, letter.ToString()),
            3 => string.Concat(word.AsSpan(0, at), [letter], word.AsSpan(at + 1)),
            _ => word,
        };
}
