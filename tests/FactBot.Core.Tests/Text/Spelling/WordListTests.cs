using System.IO.Compression;
using System.Text;
using FactBot.Core.Text.Spelling;

namespace FactBot.Core.Tests.Text.Spelling;

public sealed class WordListTests
{
    [Theory]
    [InlineData("funder")]
    [InlineData("infested")]
    [InlineData("casting")]
    [InlineData("founder")]
    [InlineData("enterprise")]
    [InlineData("a")]
    public void English_HasGeneralEnglishWords(string word)
    {
        Assert.True(WordList.English.Contains(word));
    }

    [Theory]
    [InlineData("fondu")]
    [InlineData("fonde")] // fondé, accents folded away
    [InlineData("fondateur")]
    [InlineData("entreprise")]
    [InlineData("investis")]
    [InlineData("coeur")] // cœur, ligature spelled out
    public void French_HasGeneralFrenchWordsFolded(string word)
    {
        Assert.True(WordList.French.Contains(word));
    }

    [Theory]
    [InlineData("microsfot")]
    [InlineData("fondatuer")]
    [InlineData("invetsed")]
    [InlineData("altman")]
    [InlineData("Funder")]
    [InlineData("fondé")]
    [InlineData("")]
    public void Lists_DoNotHaveTyposNamesOrUnfoldedWords(string word)
    {
        Assert.False(WordList.English.Contains(word));
        Assert.False(WordList.French.Contains(word));
    }

    [Fact]
    public void Lists_HoldTheWordsTheReadmeDescribes()
    {
        Assert.Equal(274_937, WordList.English.Count);
        Assert.Equal(318_883, WordList.French.Count);
    }

    [Fact]
    public void FromWords_FindsExactlyItsWords()
    {
        var list = WordList.FromWords(["delta", "alpha", "beta", "alpha", "gamma"]);

        Assert.Equal(4, list.Count);
        Assert.All(new[] { "alpha", "beta", "gamma", "delta" }, w => Assert.True(list.Contains(w)));
        Assert.All(new[] { "alph", "alphas", "epsilon", "b", "betb", "ALPHA" }, w => Assert.False(list.Contains(w)));
    }

    [Theory]
    [InlineData("gamma\nalpha\n")]
    [InlineData("alpha\nalpha\n")]
    [InlineData("alpha\nBeta\n")]
    [InlineData("alpha\nfondé\n")]
    public void Load_RejectsAListThatIsNotFoldedSortedAndDistinct(string text)
    {
        using var gzip = Gzip(text);

        Assert.Throws<InvalidDataException>(() => WordList.Load(gzip));
    }

    private static MemoryStream Gzip(string text)
    {
        var stream = new MemoryStream();
        using (var deflater = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflater.Write(Encoding.UTF8.GetBytes(text));
        }

        stream.Position = 0;
        return stream;
    }
}
