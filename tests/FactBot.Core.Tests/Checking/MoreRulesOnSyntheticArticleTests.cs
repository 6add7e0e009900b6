using FactBot.Core.Checking;
using static FactBot.TestSupport.SyntheticArticle;

namespace FactBot.Core.Tests.Checking;

/// <summary>
/// The later rules of the engine, each shown on the invented article too: a whole list claimed from a partial one,
/// corrections, dates before/after, reasons the record does not give, totals, borderline bounds, outlets.
/// </summary>
public sealed class MoreRulesOnSyntheticArticleTests
{
    [Theory]
    [InlineData("Zephyrine Labs was founded in 1998 by Ada Quill alone.", Verdict.Contradicted, FoundedId)]
    [InlineData("Zephyrine Labs was founded in 1998, not 2001.", Verdict.Supported, FoundedId)]
    [InlineData("Zephyrine Labs was founded before 2000.", Verdict.Supported, FoundedId)]
    [InlineData("Zephyrine Labs was founded after 2000.", Verdict.Contradicted, FoundedId)]
    [InlineData("Nimbus was launched after 2009.", Verdict.Supported, NimbusId)]
    [InlineData("Nimbus was launched before 2010.", Verdict.Contradicted, NimbusId)]
    [InlineData("Corvex tried to merge with Zephyrine Labs because it needed engineers.", Verdict.Unknown, null)]
    [InlineData("Halvard Bank invested €250 million in Zephyrine Labs in total.", Verdict.Supported, InvestmentId)]
    [InlineData("Halvard Bank invested more than €250 million in Zephyrine Labs.", Verdict.Unknown, null)]
    [InlineData("According to the Gazette, Bo Renn left Zephyrine Labs in 2012.", Verdict.Supported, RennLeftId)]
    [InlineData("Bo Renn left Zephyrine Labs in 2012, the Herald reports.", Verdict.Unknown, null)]
    public void Check_LaterRule_AppliesToAnyArticle(string claim, Verdict verdict, string? factId)
    {
        var result = Engine.Check(claim);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(factId, result.Evidence?.FactId);
    }
}
