using System.Text.Json;
using FactBot.Cli.Calibration;
using FactBot.Core.Decision;

namespace FactBot.Cli.Tests.Calibration;

public sealed class ConfidenceWeightsTests
{
    private static readonly ConfidenceWeights Weights = new(
        new Dictionary<string, double> { ["bias"] = 2, ["reported"] = -1.5, ["tokens"] = -0.25 },
        new Dictionary<string, double> { ["bias"] = -1, ["near"] = 0.5 },
        abstainBelow: 0.8);

    [Fact]
    public void The_json_has_the_shape_of_the_shipped_model_and_the_engine_reads_it_back()
    {
        var json = Weights.ToJson("fitted on test rows");

        using var document = JsonDocument.Parse(json);
        Assert.Equal(["$comment", "abstainBelow", "decisive", "unknown"], document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("fitted on test rows", document.RootElement.GetProperty("$comment").GetString());
        Assert.Equal(["bias", "reported", "tokens"], document.RootElement.GetProperty("decisive").GetProperty("weights").EnumerateObject().Select(p => p.Name));
        var model = ConfidenceModel.Parse(json);
        Assert.Equal(0.8, model.AbstainBelow);
        var features = Synthetic.Decisive(("reported", 1), ("tokens", 2));
        Assert.Equal(Math.Round(LogisticRegression.Sigmoid(2 - 1.5 - 0.5), 3), model.Probability(features));
        Assert.Equal(model.Probability(features), Weights.Probability(features));
    }

    [Theory]
    [InlineData(0, true, 0.881)]
    [InlineData(3, false, 0.5)]
    public void A_decisive_answer_below_the_threshold_is_given_as_its_unknown_answer(double tokens, bool decisive, double confidence)
    {
        var row = new CalibrationRow("a.jsonl", "claim", new LabelledAnswer(Synthetic.Decisive(("tokens", tokens)), true), new LabelledAnswer(Synthetic.Unknown(("near", 2)), false));

        var answer = Weights.Answer(row);

        Assert.Equal(new CalibratedAnswer(decisive, confidence, decisive), answer);
    }

    [Fact]
    public void A_claim_without_a_decisive_answer_gets_its_unknown_answer()
    {
        var row = new CalibrationRow("a.jsonl", "claim", null, new LabelledAnswer(Synthetic.Unknown(("near", 0)), true));

        Assert.Equal(new CalibratedAnswer(false, 0.269, true), Weights.Answer(row));
    }
}
