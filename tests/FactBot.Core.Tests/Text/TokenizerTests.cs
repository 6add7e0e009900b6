using FactBot.Core.Text;

namespace FactBot.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("s est casse d openai", "se|est|casse|de|openai")]
    [InlineData("l offre", "le|offre")]
    [InlineData("c est vrai", "ce|est|vrai")]
    [InlineData("j ai lu", "je|ai|lu")]
    [InlineData("n a pas", "ne|a|pas")]
    [InlineData("musk s offer", "musk|s|offer")]
    [InlineData("plan b is a s curve", "plan|b|is|a|s|curve")]
    public void Tokenize_ElisionTypedWithoutItsApostrophe_IsUndoneWhereOnlyFrenchReadsIt(string text, string expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Theory]
    [InlineData("Acme — the lab she co-founded", "acme|,|the|lab|she|co|founded")]
    [InlineData("Acme – the lab", "acme|,|the|lab")]
    [InlineData("Acme - the lab", "acme|,|the|lab")]
    [InlineData("from 2015-2019", "from|2015|2019")]
    [InlineData("non-profit", "non|profit")]
    public void Tokenize_DashBetweenSpaces_PausesAsACommaDoes(string text, string expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Theory]
    [InlineData("l'entreprise", "le|entreprise")]
    [InlineData("L’entreprise", "le|entreprise")]
    [InlineData("d'OpenAI", "de|openai")]
    [InlineData("qu'elle", "que|elle")]
    [InlineData("n'a pas", "ne|a|pas")]
    [InlineData("Il n’a jamais", "il|ne|a|jamais")]
    [InlineData("s'est", "se|est")]
    [InlineData("jusqu'en 2020", "jusque|en|2020")]
    public void Tokenize_FrenchElision_IsUndoneIntoTheFullWord(string text, string expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Theory]
    [InlineData("didn't", "did|not")]
    [InlineData("isn’t", "is|not")]
    [InlineData("can't", "can|not")]
    [InlineData("won't", "will|not")]
    [InlineData("Musk's company", "musk|company")]
    [InlineData("OpenAI’s board", "openai|board")]
    [InlineData("they're", "they")]
    public void Tokenize_EnglishContractions_BecomeNotAndPossessivesAreDropped(string text, string expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Theory]
    [InlineData("$1bn", "$|1|bn")]
    [InlineData("€250m", "€|250|m")]
    [InlineData("1,000,000,000 USD", "1,000,000,000|usd")]
    [InlineData("10 000 000 000 $", "10|000|000|000|$")]
    [InlineData("1.5 billion", "1.5|billion")]
    [InlineData("Really?", "really|?")]
    [InlineData("« Open » AI", "\"|open|\"|ai")]
    [InlineData("mid-2022", "mid|2022")]
    public void Tokenize_NumbersAndSymbols_AreSeparateTokens(string text, string expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Theory]
    [InlineData("the 'Open' in OpenAI", "the|\"|open|\"|in|openai")]
    [InlineData("the founders' money", "the|founders|money")]
    [InlineData("l'offre d'Elon", "le|offre|de|elon")]
    [InlineData("hey @factbot", "hey|@|factbot")]
    public void Tokenize_QuotesAndHandles_AreKeptApartFromApostrophes(string text, string expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Theory]
    [InlineData("in 2k19 they", "in|2019|they")]
    [InlineData("en 2K20,", "en|2020|,")]
    [InlineData("2k", "2|k")]
    [InlineData("12k19", "12|k|19")]
    [InlineData("2k190", "2|k|190")]
    [InlineData("a2k19", "a|2|k|19")]
    public void Tokenize_ChatYear_IsTheYearOfThisCentury_OnlyAsAWordOfItsOwn(string text, string expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Theory]
    [InlineData("left b4 2019", "left|b4|2019")]
    [InlineData("B4 that", "b4|that")]
    [InlineData("ab4 x", "ab|4|x")]
    [InlineData("b45", "b|45")]
    public void Tokenize_ShorthandOfLettersAndDigits_StaysOneWord_OnlyAsAWordOfItsOwn(string text, string expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Fact]
    public void Tokenize_Hashtag_KeepsTheWordAndMarksIt()
    {
        var tokens = Tokenizer.Tokenize("Musk #Tesla #l'IA");

        Assert.Equal(["musk", "tesla", "le", "ia"], tokens.Select(t => t.Text));
        Assert.Equal([false, true, true, true], tokens.Select(t => t.Hashtag));
    }

    [Fact]
    public void Tokenize_HyphenatedWord_SplitsButRemembersTheJoin()
    {
        var joined = Tokenizer.Tokenize("co-founded");
        var spaced = Tokenizer.Tokenize("co founded");

        Assert.Equal(["co", "founded"], joined.Select(t => t.Text));
        Assert.True(joined[0].JoinedToNext);
        Assert.False(joined[1].JoinedToNext);
        Assert.False(spaced[0].JoinedToNext);
    }

    [Fact]
    public void Tokenize_MoneySymbolGluedToDigits_MarksSymbolAndNumber()
    {
        var tokens = Tokenizer.Tokenize("$1bn");

        Assert.True(tokens[0].IsSymbol);
        Assert.True(tokens[1].IsNumber);
        Assert.True(tokens[1].JoinedToNext);
        Assert.False(tokens[2].IsNumber || tokens[2].IsSymbol);
    }

    [Fact]
    public void Tokenize_KeepsCapitalsAndTheWrittenForm_AndNumbersTokensInOrder()
    {
        var tokens = Tokenizer.Tokenize("Élodie met Sam Altman");

        Assert.Equal(["elodie", "met", "sam", "altman"], tokens.Select(t => t.Text));
        Assert.Equal([true, false, true, true], tokens.Select(t => t.Capitalized));
        Assert.Equal("Elodie", tokens[0].Surface);
        Assert.Equal([0, 1, 2, 3], tokens.Select(t => t.Index));
    }

    [Theory]
    [InlineData("Open AI", "OpenAI")]
    [InlineData("open-ai", "OpenAI")]
    public void Compact_JoinsFoldedParts_SoSpacingDoesNotMatter(string left, string right)
    {
        Assert.Equal(
            Tokenizer.Compact(Tokenizer.Tokenize(left).Select(t => t.Text)),
            Tokenizer.Compact(Tokenizer.Tokenize(right).Select(t => t.Text)));
    }

    private static string Texts(string text) => string.Join('|', Tokenizer.Tokenize(text).Select(t => t.Text));
}
