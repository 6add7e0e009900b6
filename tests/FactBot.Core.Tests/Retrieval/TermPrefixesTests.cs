using FactBot.Core.Retrieval;

namespace FactBot.Core.Tests.Retrieval;

public sealed class TermPrefixesTests
{
    private static readonly TermPrefixes Prefixes = new(["wascreat", "found", "takecontrol"]);

    [Theory]
    [InlineData("", true)]
    [InlineData("was", true)]
    [InlineData("wascrea", true)]
    [InlineData("take", true)]
    [InlineData("wascreat", false)]
    [InlineData("found", false)]
    [InlineData("founded", false)]
    [InlineData("invest", false)]
    public void HasLonger_TellsWhetherSomeLongerKeyStartsWithThePrefix(string prefix, bool expected)
    {
        Assert.Equal(expected, Prefixes.HasLonger(prefix.AsSpan()));
        Assert.Equal(expected, Prefixes.HasLonger(prefix));
    }
}
