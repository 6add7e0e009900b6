using FactBot.Core.Text.Spelling;

namespace FactBot.Core.Tests.Text.Spelling;

public sealed class CorrectionCacheTests
{
    [Fact]
    public void TryGet_ReturnsWhatWasSetIncludingNoCorrection()
    {
        var cache = new CorrectionCache(2048);
        cache.Set("microsfot", new Correction("microsoft", 1));
        cache.Set("xyzzyx", null);

        Assert.True(cache.TryGet("microsfot", out var corrected));
        Assert.Equal(new Correction("microsoft", 1), corrected);
        Assert.True(cache.TryGet("xyzzyx", out var none));
        Assert.Null(none);
        Assert.False(cache.TryGet("invetsed", out _));
    }

    [Fact]
    public void Set_KeepsTheTwoNewestAnswersOfASlotAndEvictsTheOldest()
    {
        // Two slots in all: every token shares them.
        var cache = new CorrectionCache(2);

        cache.Set("alpha", null);
        cache.Set("bravo", null);
        cache.Set("charlie", null);

        Assert.False(cache.TryGet("alpha", out _));
        Assert.True(cache.TryGet("bravo", out _));
        Assert.True(cache.TryGet("charlie", out _));
    }

    [Fact]
    public void TryGet_FindsNothingWhenTheCacheIsOff()
    {
        var cache = new CorrectionCache(0);
        cache.Set("microsfot", new Correction("microsoft", 1));

        Assert.False(cache.TryGet("microsfot", out _));
    }
}
