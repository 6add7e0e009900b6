using FactBot.Application.Checks;
using FactBot.Core.Checking;
using FactBot.Core.Facts;

namespace FactBot.Application.Tests.Checks;

public sealed class CheckRecordTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly SourceInfo Source = new("src", "An article", "2023-03", Language.French);

    [Theory]
    [InlineData(Verdict.Supported, "supported")]
    [InlineData(Verdict.Contradicted, "contradicted")]
    [InlineData(Verdict.Unknown, "unknown")]
    public void A_result_is_recorded_with_the_names_the_confidence_the_api_reports_and_its_explanation(Verdict verdict, string name)
    {
        var result = new CheckResult("OpenAI a été fondée en 2015.", verdict, 0.91264, new Evidence("fact-1", "La phrase.", Source), "Explained.", Language.French, []);

        var record = CheckRecord.From("0123", result, "batch", Now);

        Assert.Equal(new CheckRecord("0123", "OpenAI a été fondée en 2015.", "fr", name, 0.913, "fact-1", "batch", Now) { Explanation = "Explained." }, record);
        Assert.Equal(ReportedConfidence.Of(result), record.Confidence);
    }

    [Fact]
    public void A_result_without_evidence_is_recorded_without_a_fact()
    {
        var result = new CheckResult("The moon is made of cheese.", Verdict.Unknown, 0.9, null, "No record says.", Language.English, []);

        var record = CheckRecord.From("0123", result, "api", Now);

        Assert.Null(record.FactId);
        Assert.Equal("en", record.Language);
    }
}
