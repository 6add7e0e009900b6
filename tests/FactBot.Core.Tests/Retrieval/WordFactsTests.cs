using FactBot.Analysis;
using FactBot.Core.Retrieval;
using FactBot.Core.Store;
using FactBot.Core.Text;
using FactBot.TestSupport;

namespace FactBot.Core.Tests.Retrieval;

public sealed class WordFactsTests
{
    private static readonly FactIndex Index = Build();

    [Theory]
    [InlineData("founded")]
    [InlineData("fondée")]
    [InlineData("the")]
    [InlineData("zorbulate")]
    [InlineData("$")]
    public void Facts_AreTheIndexLookupsOfTheWordAndAreKeptPerWord(string word)
    {
        var token = Tokenizer.Tokenize(word)[0];
        var facts = Index.Facts(token);
        var stems = token.IsSymbol ? (token.Text, token.Text, token.Text) : Index.Stems.Stems(token);

        Assert.Equal(stems, facts.Stems);
        Assert.Same(Index.EnglishTerms.GetValueOrDefault(stems.Item1), facts.English);
        var grows = (Index.EnglishPrefixes.HasLonger(stems.Item1), Index.FrenchPrefixes.HasLonger(stems.Item2), Index.FrenchPrefixes.HasLonger(stems.Item3));
        Assert.Equal(grows, facts.Grows);
        Assert.Equal(grows.Item1 || grows.Item2 || grows.Item3, facts.MayGrow);
        Assert.Equal(LanguageWords.English.Contains(token.Text) || LanguageWords.French.Contains(token.Text), facts.IsFunctionWord);
        Assert.Equal(facts, Index.Facts(Tokenizer.Tokenize(word)[0]));
    }

    [Fact]
    public void Facts_OfATokenWhoseWordDiffersFromItsAccentedForm_AreReadForThatToken()
    {
        var token = Tokenizer.Tokenize("founded")[0];
        _ = Index.Facts(token);
        var other = token with { Text = "the" };

        Assert.True(Index.Facts(other).IsFunctionWord);
        Assert.False(Index.Facts(token).IsFunctionWord);
    }

    private static FactIndex Build()
    {
        var seeds = SyntheticArticle.Load();
        return new FactIndex(FactSnapshot.Create(seeds.Facts, seeds.KnownEntities), new SnowballStemmer());
    }
}
