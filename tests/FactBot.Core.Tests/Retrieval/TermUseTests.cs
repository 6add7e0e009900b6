using FactBot.Core.Retrieval;

namespace FactBot.Core.Tests.Retrieval;

public sealed class TermUseTests
{
    [Theory]
    [InlineData(4)]
    [InlineData(40)]
    public void Distinct_DropsRepeatsAndKeepsTheFirstOrder(int records)
    {
        var uses = new List<TermUse>();
        for (var r = records - 1; r >= 0; r--)
        {
            uses.Add(new TermUse(r, 0, TermUseKind.Term));
            uses.Add(new TermUse(r, -1, TermUseKind.Context));
            uses.Add(new TermUse(r, 0, TermUseKind.Term));
            uses.Add(new TermUse(r, 0, TermUseKind.Term) { Length = 2 });
        }

        Assert.Equal(uses.Distinct(), TermUse.Distinct(uses));
        Assert.Equal(records * 3, TermUse.Distinct(uses).Length);
    }
}
