using System.Text.Json;
using FactBot.Application.Checks;
using FactBot.Core.Checking;
using FactBot.Core.Facts;

namespace FactBot.Functions.Contracts.Tests;

public sealed class CheckResponseTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly SourceInfo Source = new("src", "Un article", "2023-03", Language.French);

    private static readonly CheckResult Result = new(
        "OpenAI was founded in 2016.",
        Verdict.Contradicted,
        0.87654,
        new Evidence("founded-2015", "OpenAI a été fondée en 2015.", Source),
        "The article gives 2015.",
        Language.English,
        [new RelatedFact("ceo", "Sam Altman dirige OpenAI.", 0.33333)]);

    [Fact]
    public void A_result_goes_on_the_wire_with_names_the_reported_confidence_and_rounded_scores()
    {
        var response = CheckResponse.From(Result);

        Assert.Equal("contradicted", response.Verdict);
        Assert.Equal("en", response.Language);
        Assert.Equal(ReportedConfidence.Of(Result), response.Confidence);
        Assert.Equal(0.877, response.Confidence);
        Assert.Equal(new EvidenceResponse("founded-2015", "OpenAI a été fondée en 2015.", new SourceResponse("Un article", "2023-03")), response.Evidence);
        Assert.Equal(0.333, Assert.Single(response.Related).Score);
    }

    [Fact]
    public void The_api_answer_is_the_same_result_with_the_checks_id_and_whether_it_was_recorded()
    {
        var check = new RecordedCheck(CheckRecord.From("0123", Result, "api", Now), Result, Recorded: false);

        var answer = ClaimCheckResponse.From(check);
        var result = CheckResponse.From(Result);

        Assert.Equal(("0123", false), (answer.Id, answer.Recorded));
        Assert.Equal(
            (result.Claim, result.Verdict, result.Confidence, result.Evidence, result.Explanation, result.Language),
            (answer.Claim, answer.Verdict, answer.Confidence, answer.Evidence, answer.Explanation, answer.Language));
        Assert.Equal(result.Related, answer.Related);
    }

    [Fact]
    public void The_wire_json_is_camel_case()
    {
        var json = JsonSerializer.Serialize(CheckResponse.From(Result), ContractJsonContext.Default.CheckResponse);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(
            ["claim", "verdict", "confidence", "evidence", "explanation", "language", "related"],
            document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("founded-2015", document.RootElement.GetProperty("evidence").GetProperty("factId").GetString());
    }
}
