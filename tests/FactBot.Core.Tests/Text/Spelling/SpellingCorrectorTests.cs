using FactBot.Analysis;
using FactBot.Core.Text;
using FactBot.Core.Text.Spelling;

namespace FactBot.Core.Tests.Text.Spelling;

public sealed class SpellingCorrectorTests
{
    [Theory]
    [InlineData("microsfot", "microsoft", 1)]
    [InlineData("invetsed", "invested", 1)]
    [InlineData("fondatuer", "fondateur", 1)]
    [InlineData("altmna", "altman", 1)]
    [InlineData("sutskevre", "sutskever", 1)]
    [InlineData("brokcman", "brockman", 1)]
    [InlineData("poenai", "openai", 1)]
    public void TryCorrect_ReadsATranspositionOfAdjacentLettersAsOneEdit(string token, string expected, int edits)
    {
        AssertCorrects(token, expected, edits);
    }

    [Theory]
    [InlineData("microsofft", "microsoft")]
    [InlineData("sutskeever", "sutskever")]
    [InlineData("partnershipp", "partnership")]
    [InlineData("entrepprise", "entreprise")]
    public void TryCorrect_UndoesAnInsertedLetter(string token, string expected)
    {
        AssertCorrects(token, expected, 1);
    }

    [Theory]
    [InlineData("microsft", "microsoft")]
    [InlineData("sutskver", "sutskever")]
    [InlineData("fondatur", "fondateur")]
    [InlineData("brokman", "brockman")]
    [InlineData("annouced", "announced")]
    [InlineData("opnai", "openai")]
    public void TryCorrect_RestoresADroppedLetter(string token, string expected)
    {
        AssertCorrects(token, expected, 1);
    }

    [Theory]
    [InlineData("invosted", "invested")]
    [InlineData("altmqn", "altman")]
    [InlineData("microdoft", "microsoft")]
    [InlineData("chercheyr", "chercheur")]
    [InlineData("nonprofot", "nonprofit")]
    public void TryCorrect_ReplacesAMistypedLetter(string token, string expected)
    {
        AssertCorrects(token, expected, 1);
    }

    [Theory]
    [InlineData("Fondatuér", "fondateur")]
    [InlineData("SUTSKÉVRE", "sutskever")]
    [InlineData("Invétsed", "invested")]
    [InlineData("Brokçman", "brockman")]
    public void TryCorrect_ReadsATypoWhoseAccentsFoldingDropped(string typed, string expected)
    {
        AssertCorrects(TextFolding.FoldLower(typed), expected, 1);
    }

    [Theory]
    [InlineData("mircosfot", "microsoft")]
    [InlineData("fodnatuer", "fondateur")]
    [InlineData("sutskeviar", "sutskever")]
    [InlineData("partnrshp", "partnership")]
    public void TryCorrect_AllowsTwoEditsFromNineLetters(string token, string expected)
    {
        AssertCorrects(token, expected, 2);
    }

    [Theory]
    [InlineData("ivnetsed")] // invested, two swaps, 8 letters
    [InlineData("annoucde")] // announced, 8 letters after the deletion
    [InlineData("invetsedd")] // invested: 9 letters, but the word has 8
    [InlineData("altmnaa")] // altman, 7 letters
    public void TryCorrect_AllowsOnlyOneEditBelowNineLetters(string token)
    {
        AssertLeftAlone(TestVocabulary.Corrector, token);
    }

    [Theory]
    [InlineData("funder")] // founder
    [InlineData("fonder")] // founder
    [InlineData("infested")] // invested
    [InlineData("casting")] // costing
    [InlineData("trusted")] // trustee
    [InlineData("fondu")] // fonde
    [InlineData("fondue")] // fondee
    [InlineData("investis")] // investi
    [InlineData("millions")] // million
    [InlineData("enterprise")] // entreprise
    [InlineData("rachats")] // rachat
    [InlineData("chercheurs")] // chercheur
    [InlineData("conseils")] // conseil
    public void TryCorrect_LeavesARealEnglishOrFrenchWordAlone(string token)
    {
        AssertLeftAlone(TestVocabulary.Corrector, token);
    }

    [Theory]
    [InlineData("infested", "invested")]
    [InlineData("fondu", "fonde")]
    [InlineData("casting", "costing")]
    [InlineData("trusted", "trustee")]
    public void TryCorrect_LeavesARealWordAloneBecauseOfTheWordLists(string token, string typoOf)
    {
        var withoutLists = new SpellingCorrector(TestVocabulary.Words, realWords: []);
        var withOthers = new SpellingCorrector(TestVocabulary.Words, realWords: [WordList.FromWords([token])]);

        AssertCorrects(withoutLists, token, typoOf, 1);
        AssertLeftAlone(withOthers, token);
    }

    [Theory]
    [InlineData("muks")] // musk, too short
    [InlineData("muskk")] // musk is shorter than five letters
    [InlineData("samm")]
    [InlineData("gtp")]
    public void TryCorrect_NeverCorrectsToOrFromAShortWord(string token)
    {
        var corrector = new SpellingCorrector(["musk", "sam", "gpt"]);

        AssertLeftAlone(corrector, token);
    }

    [Theory]
    [InlineData("2015")]
    [InlineData("20155")]
    [InlineData("microsoft365")]
    [InlineData("micr0soft")]
    [InlineData("gpt-4o")]
    [InlineData("l'entreprise")]
    [InlineData("")]
    public void TryCorrect_NeverCorrectsNumbersOrTokensWithDigitsOrSigns(string token)
    {
        AssertLeftAlone(TestVocabulary.Corrector, token);
    }

    [Theory]
    [InlineData("nicrosoft")] // substitution of the first letter
    [InlineData("icrosoft")] // deletion of the first letter
    [InlineData("smicrosoft")] // insertion before it
    [InlineData("lutskever")]
    public void TryCorrect_KeepsTheFirstLetterUnlessTheFirstTwoAreSwapped(string token)
    {
        AssertLeftAlone(TestVocabulary.Corrector, token);
    }

    [Theory]
    [InlineData("marxin", "martin marvin")]
    [InlineData("brockmen", "brockmon")] // brockman and brockmon: both one edit
    [InlineData("investid", "investir")] // invested and investir (investi is 7 letters, also one edit)
    public void TryCorrect_RefusesWhenTwoWordsAreEquallyClose(string token, string extraWords)
    {
        AssertLeftAlone(TestVocabulary.With(extraWords), token);
    }

    [Fact]
    public void TryCorrect_TakesTheUniqueClosestWhenAnotherIsFarther()
    {
        // One edit from "partnership", two from "partnerships" (also within reach at ten letters): the closest wins.
        var corrector = TestVocabulary.With("partnerships");

        AssertCorrects(corrector, "partnershp", "partnership", 1);
    }

    [Theory]
    [InlineData("altmann", "altmann")] // one edit from altman
    [InlineData("funder", "funder")]
    [InlineData("microsfot", "microsfot")]
    public void TryCorrect_NeverCorrectsAVocabularyWord(string token, string extraWords)
    {
        AssertLeftAlone(TestVocabulary.With(extraWords), token);
    }

    [Fact]
    public void TryCorrect_GivesTheSameAnswersWhateverTheVocabularyOrderAndCache()
    {
        string[] tokens = ["microsfot", "invetsed", "marxin", "funder", "fodnatuer", "poenai", "sutskevre", "xyzzyx", "altmna"];
        var vocabulary = TestVocabulary.Words.Concat(["martin", "marvin"]).ToArray();
        var forward = new SpellingCorrector(vocabulary);
        var backward = new SpellingCorrector(vocabulary.Reverse());
        var uncached = new SpellingCorrector(vocabulary, SpellingOptions.Default with { CacheSize = 0 });

        var answers = tokens.Select(t => Answer(forward, t)).ToArray();

        Assert.Equal(answers, tokens.Select(t => Answer(forward, t)));
        Assert.Equal(answers, tokens.Select(t => Answer(backward, t)));
        Assert.Equal(answers, tokens.Select(t => Answer(uncached, t)));
        Assert.Contains("microsoft/1", answers);
        Assert.Contains("none", answers);
    }

    [Fact]
    public void TryCorrect_GivesTheSameAnswersToConcurrentReaders()
    {
        var corrector = new SpellingCorrector(TestVocabulary.Words, SpellingOptions.Default with { CacheSize = 4 });
        string[] tokens = ["microsfot", "invetsed", "funder", "fodnatuer", "poenai", "sutskevre", "xyzzyx", "altmna", "brokman", "annouced"];
        var expected = tokens.Select(t => Answer(new SpellingCorrector(TestVocabulary.Words), t)).ToArray();

        var seen = new string[64 * tokens.Length];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => seen[i] = Answer(corrector, tokens[i % tokens.Length]));

        Assert.Equal(Enumerable.Range(0, seen.Length).Select(i => expected[i % tokens.Length]), seen);
    }

    [Fact]
    public void TryCorrect_HonoursOtherThresholds()
    {
        var strict = new SpellingCorrector(TestVocabulary.Words, SpellingOptions.Default with { MinimumLength = 7, TwoEditsFromLength = 20 });

        AssertLeftAlone(strict, "altmna"); // 6 letters: now too short
        AssertLeftAlone(strict, "mircosfot"); // two edits: now only from 20 letters
        AssertCorrects(strict, "microsfot", "microsoft", 1);
    }

    [Theory]
    [InlineData("investd", "invest")]
    [InlineData("fondateurz", "fondateur")]
    public void TryCorrect_WithAStemmer_TakesATieBetweenFormsOfOneWordAsThatWord(string token, string expected)
    {
        string[] vocabulary = ["invest", "invests", "invested", "investi", "fondateur", "fondateurs"];
        var plain = new SpellingCorrector(vocabulary, realWords: []);
        var stemming = new SpellingCorrector(vocabulary, realWords: [], stemmer: new SnowballStemmer());

        AssertLeftAlone(plain, token);
        AssertCorrects(stemming, token, expected, 1);
    }

    [Fact]
    public void TryCorrect_WithAStemmer_StillRefusesATieBetweenTwoWords()
    {
        var corrector = new SpellingCorrector(["planet", "plane"], realWords: [], stemmer: new SnowballStemmer());

        AssertLeftAlone(corrector, "planed");
    }

    private static void AssertCorrects(string token, string expected, int edits) =>
        AssertCorrects(TestVocabulary.Corrector, token, expected, edits);

    private static void AssertCorrects(SpellingCorrector corrector, string token, string expected, int edits)
    {
        Assert.True(corrector.TryCorrect(token, out var correction), $"\"{token}\" was not corrected");
        Assert.Equal(new Correction(expected, edits), correction);
    }

    private static void AssertLeftAlone(SpellingCorrector corrector, string token)
    {
        var corrected = corrector.TryCorrect(token, out var correction);

        Assert.False(corrected, $"\"{token}\" was corrected to \"{correction.Word}\"");
        Assert.Equal(default, correction);
    }

    private static string Answer(SpellingCorrector corrector, string token) =>
        corrector.TryCorrect(token, out var c) ? $"{c.Word}/{c.Edits}" : "none";
}
