using FactBot.Core.Text;

namespace FactBot.Core.Tests.Text;

public sealed class WordMemoTests
{
    [Fact]
    public void Get_KeepsAnswersUpToItsCapacityThenComputesAgain()
    {
        var memo = new WordMemo<int>(capacity: 2);
        var computed = 0;
        int Length(string word)
        {
            computed++;
            return word.Length;
        }

        foreach (var word in new[] { "ab", "abc", "abcd", "ab", "abc", "abcd" })
        {
            Assert.Equal(word.Length, memo.Get(word, Length));
        }

        // "ab" and "abc" were kept; "abcd" came past the bound and is computed each time.
        Assert.Equal(4, computed);
    }
}
