using FactBot.Core.Text.Spelling;

namespace FactBot.Core.Tests.Text.Spelling;

public sealed class SpellingOptionsTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(8, 1)]
    [InlineData(9, 2)]
    [InlineData(32, 2)]
    [InlineData(33, 0)]
    public void AllowedEdits_DefaultsToNoneBelowFiveOneUpToEightAndTwoFromNine(int length, int edits)
    {
        Assert.Equal(edits, SpellingOptions.Default.AllowedEdits(length));
    }

    [Theory]
    [InlineData(9, 8, 1)]
    [InlineData(12, 9, 2)]
    [InlineData(5, 4, 0)]
    public void AllowedEdits_BetweenTwoWordsFollowsTheShorter(int length, int otherLength, int edits)
    {
        Assert.Equal(edits, SpellingOptions.Default.AllowedEdits(length, otherLength));
    }

    [Theory]
    [InlineData(1, 9, 32, 1024)]
    [InlineData(5, 4, 32, 1024)]
    [InlineData(5, 9, 4, 1024)]
    [InlineData(5, 9, SpellingOptions.LongestWord + 1, 1024)]
    [InlineData(5, 9, 32, -1)]
    [InlineData(5, 9, 32, 1000)]
    [InlineData(5, 9, 32, 1)]
    public void Corrector_RejectsInvalidOptions(int minimumLength, int twoEditsFromLength, int maximumLength, int cacheSize)
    {
        var options = new SpellingOptions
        {
            MinimumLength = minimumLength,
            TwoEditsFromLength = twoEditsFromLength,
            MaximumLength = maximumLength,
            CacheSize = cacheSize,
        };

        Assert.Throws<ArgumentOutOfRangeException>(() => new SpellingCorrector(["microsoft"], options));
    }
}
