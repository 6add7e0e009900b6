using FactBot.Core.Facts;
using FactBot.TestSupport.Facts;

namespace FactBot.Functions.Contracts.Tests;

public sealed class FactResponseTests
{
    [Fact]
    public void A_fact_goes_on_the_wire_with_its_source_language_code_and_a_lower_case_polarity()
    {
        var fact = new FactRecordBuilder().WithPolarity(Polarity.Negative).WithHedge("reportedly", "au conditionnel").Build();

        var response = FactResponse.From(fact);

        Assert.Equal("negative", response.Polarity);
        Assert.Equal(new FactSourceResponse(fact.Source.Id, fact.Source.Title, fact.Source.Published, "en"), response.Source);
        Assert.Equal(new FactSummaryResponse(fact.Summary.En, fact.Summary.Fr), response.Summary);
        Assert.Equal(new FactSummaryResponse("reportedly", "au conditionnel"), response.Hedge);
        Assert.Null(response.Attribution);
    }
}
