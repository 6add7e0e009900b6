using FactBot.Core.Reading;
using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Tests.Claims;

public sealed class QuantityParserTests
{
    [Theory]
    [InlineData("$1bn", 1_000_000_000L, "USD", ValueBound.Equal)]
    [InlineData("$1 billion", 1_000_000_000L, "USD", ValueBound.Equal)]
    [InlineData("one billion dollars", 1_000_000_000L, "USD", ValueBound.Equal)]
    [InlineData("a billion dollars", 1_000_000_000L, "USD", ValueBound.Equal)]
    [InlineData("1,000,000,000 USD", 1_000_000_000L, "USD", ValueBound.Equal)]
    [InlineData("US$ 2 million", 2_000_000L, "USD", ValueBound.Equal)]
    [InlineData("$100M", 100_000_000L, "USD", ValueBound.Equal)]
    [InlineData("one hundred million dollars", 100_000_000L, "USD", ValueBound.Equal)]
    [InlineData("100 millions de dollars", 100_000_000L, "USD", ValueBound.Equal)]
    [InlineData("un milliard de dollars", 1_000_000_000L, "USD", ValueBound.Equal)]
    [InlineData("10 000 000 000 $", 10_000_000_000L, "USD", ValueBound.Equal)]
    [InlineData("10 milliards de dollars", 10_000_000_000L, "USD", ValueBound.Equal)]
    [InlineData("€5m", 5_000_000L, "EUR", ValueBound.Equal)]
    [InlineData("€250m", 250_000_000L, "EUR", ValueBound.Equal)]
    [InlineData("EUR 250 million", 250_000_000L, "EUR", ValueBound.Equal)]
    [InlineData("250,000,000 EUR", 250_000_000L, "EUR", ValueBound.Equal)]
    [InlineData("250 millions d'euros", 250_000_000L, "EUR", ValueBound.Equal)]
    [InlineData("deux cents millions d'euros", 200_000_000L, "EUR", ValueBound.Equal)]
    [InlineData("1.000.000 euros", 1_000_000L, "EUR", ValueBound.Equal)]
    [InlineData("5 000 euros", 5_000L, "EUR", ValueBound.Equal)]
    [InlineData("£3bn", 3_000_000_000L, "GBP", ValueBound.Equal)]
    [InlineData("1.5 billion dollars", 1_500_000_000L, "USD", ValueBound.Equal)]
    [InlineData("1,5 milliard", 1_500_000_000L, null, ValueBound.Equal)]
    [InlineData("1,5 milliard d'euros", 1_500_000_000L, "EUR", ValueBound.Equal)]
    [InlineData("more than $5 billion", 5_000_000_000L, "USD", ValueBound.MoreThan)]
    [InlineData("over $5 billion", 5_000_000_000L, "USD", ValueBound.MoreThan)]
    [InlineData("handed over $5 billion", 5_000_000_000L, "USD", ValueBound.Equal)]
    [InlineData("forked over 100m", 100_000_000L, null, ValueBound.Equal)]
    [InlineData("at least $5 billion", 5_000_000_000L, "USD", ValueBound.AtLeast)]
    [InlineData("plus de 5 milliards de dollars", 5_000_000_000L, "USD", ValueBound.MoreThan)]
    [InlineData("moins de 2 milliards", 2_000_000_000L, null, ValueBound.LessThan)]
    [InlineData("less than $2bn", 2_000_000_000L, "USD", ValueBound.LessThan)]
    [InlineData("about $1bn", 1_000_000_000L, "USD", ValueBound.About)]
    [InlineData("environ 1 milliard de dollars", 1_000_000_000L, "USD", ValueBound.About)]
    [InlineData("une centaine de millions de dollars", 100_000_000L, "USD", ValueBound.About)]
    [InlineData("une dizaine de milliards", 10_000_000_000L, null, ValueBound.About)]
    [InlineData("a dozen billion dollars", 12_000_000_000L, "USD", ValueBound.About)]
    [InlineData("half a billion dollars", 500_000_000L, "USD", ValueBound.Equal)]
    [InlineData("a quarter of a billion euros", 250_000_000L, "EUR", ValueBound.Equal)]
    [InlineData("Acme's billion", 1_000_000_000L, null, ValueBound.Equal)]
    [InlineData("a billi", 1_000_000_000L, null, ValueBound.Equal)]
    [InlineData("its billion-dollar investment", 1_000_000_000L, "USD", ValueBound.Equal)]
    public void Parse_MoneyInAnyForm_GivesAmountCurrencyAndComparison(string text, long amount, string? currency, ValueBound comparison)
    {
        var mention = Assert.Single(Parse(text));

        Assert.Equal(MentionKind.Money, mention.Kind);
        Assert.Equal(amount, mention.Amount);
        Assert.Equal(currency, mention.Currency);
        Assert.Equal(comparison, mention.Bound);
    }

    [Theory]
    [InlineData("in 2015", MentionKind.Year, 2015, PeriodPart.Whole)]
    [InlineData("en 2018", MentionKind.Year, 2018, PeriodPart.Whole)]
    [InlineData("late 2022", MentionKind.Period, 2022, PeriodPart.Late)]
    [InlineData("the end of 2022", MentionKind.Period, 2022, PeriodPart.Late)]
    [InlineData("fin 2022", MentionKind.Period, 2022, PeriodPart.Late)]
    [InlineData("à la fin de 2022", MentionKind.Period, 2022, PeriodPart.Late)]
    [InlineData("December 2022", MentionKind.Period, 2022, PeriodPart.Late)]
    [InlineData("décembre 2022", MentionKind.Period, 2022, PeriodPart.Late)]
    [InlineData("1 December 2022", MentionKind.Period, 2022, PeriodPart.Late)]
    [InlineData("December 1 2022", MentionKind.Period, 2022, PeriodPart.Late)]
    [InlineData("December 1, 2022", MentionKind.Period, 2022, PeriodPart.Late)]
    [InlineData("début 2022", MentionKind.Period, 2022, PeriodPart.Early)]
    [InlineData("early 2022", MentionKind.Period, 2022, PeriodPart.Early)]
    [InlineData("the beginning of 2022", MentionKind.Period, 2022, PeriodPart.Early)]
    [InlineData("January 2010", MentionKind.Period, 2010, PeriodPart.Early)]
    [InlineData("mid-2022", MentionKind.Period, 2022, PeriodPart.Mid)]
    [InlineData("mi-2022", MentionKind.Period, 2022, PeriodPart.Mid)]
    [InlineData("July 2022", MentionKind.Period, 2022, PeriodPart.Mid)]
    public void Parse_YearsAndPeriods_GiveTheYearAndThePartOfIt(string text, MentionKind kind, int year, PeriodPart part)
    {
        var mention = Assert.Single(Parse(text));

        Assert.Equal(kind, mention.Kind);
        Assert.Equal(year, mention.Year);
        Assert.Equal(part, mention.Part);
        Assert.Null(mention.Amount);
    }

    [Theory]
    [InlineData("he had 3 cats")]
    [InlineData("twelve people")]
    [InlineData("one of the founders")]
    [InlineData("2 founders")]
    [InlineData("a company")]
    [InlineData("GPT-4 was announced")]
    [InlineData("in 1850")]
    [InlineData("Acme's m")]
    public void Parse_SmallPlainNumbers_AreNeitherMoneyNorYears(string text)
    {
        // Digits stay as plain numbers (no slot holds them, so they keep a claim from being simply supported).
        Assert.All(Parse(text), m => Assert.Equal(MentionKind.Number, m.Kind));
    }

    [Theory]
    [InlineData("he had 3 cats", "3")]
    [InlineData("49% of OpenAI", "49%")]
    public void Parse_PlainDigits_AreKeptAsNumbers(string text, string expected)
    {
        var mention = Assert.Single(Parse(text));

        Assert.Equal(MentionKind.Number, mention.Kind);
        Assert.Equal(expected, mention.Text);
    }

    [Fact]
    public void Parse_AmountAndYearInOneClaim_GivesBothInOrder()
    {
        var mentions = Parse("Microsoft invested $10 billion in 2023");

        Assert.Equal([MentionKind.Money, MentionKind.Year], mentions.Select(m => m.Kind));
        Assert.Equal(10_000_000_000m, mentions[0].Amount);
        Assert.Equal(2023, mentions[1].Year);
    }

    [Fact]
    public void Parse_AlreadyConsumedTokens_AreSkipped()
    {
        var tokens = Tokenizer.Tokenize("$1bn in 2015");
        var consumed = new bool[tokens.Count];
        consumed[0] = consumed[1] = consumed[2] = true;
        var mentions = new List<Mention>();

        QuantityParser.Parse(tokens, consumed, mentions);

        Assert.Equal(MentionKind.Year, Assert.Single(mentions).Kind);
        Assert.Equal([true, true, true, false, true], consumed);
    }

    private static List<Mention> Parse(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var mentions = new List<Mention>();
        QuantityParser.Parse(tokens, new bool[tokens.Count], mentions);
        return mentions;
    }
}
