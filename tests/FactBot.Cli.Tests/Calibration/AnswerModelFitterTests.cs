using FactBot.Cli.Calibration;

namespace FactBot.Cli.Tests.Calibration;

public sealed class AnswerModelFitterTests
{
    [Fact]
    public void Fit_recovers_the_weights_of_raw_features_and_leaves_out_constant_ones()
    {
        // Right with probability σ(−6 + 0.8·tokens − 2·reported); "reported" is absent from a row when 0, as the engine may leave it.
        var random = new Random(11);
        var answers = Enumerable.Range(0, 20_000).Select(_ =>
        {
            var tokens = 8 + (3 * Synthetic.Normal(random));
            var reported = random.NextDouble() < 0.3;
            var features = reported
                ? Synthetic.Decisive(("tokens", tokens), ("reported", 1), ("flat", 4))
                : Synthetic.Decisive(("tokens", tokens), ("flat", 4));
            return new LabelledAnswer(features, Synthetic.Draw(random, -6 + (0.8 * tokens) - (reported ? 2 : 0)));
        }).ToArray();

        var weights = AnswerModelFitter.Fit(answers, new LogisticFitOptions(L2: 1e-6));

        Assert.Equal(["bias", "reported", "tokens"], weights.Keys.Order(StringComparer.Ordinal));
        Assert.InRange(weights["bias"], -6.5, -5.5);
        Assert.InRange(weights["tokens"], 0.72, 0.88);
        Assert.InRange(weights["reported"], -2.2, -1.8);
    }

    [Fact]
    public void Few_rows_with_a_feature_that_separates_them_still_give_moderate_weights()
    {
        LabelledAnswer[] answers =
        [
            new(Synthetic.Decisive(("inherited", 1)), false),
            new(Synthetic.Decisive(("inherited", 0)), true),
            new(Synthetic.Decisive(("inherited", 0)), true),
            new(Synthetic.Decisive(("inherited", 0)), true),
        ];

        var weights = AnswerModelFitter.Fit(answers, LogisticFitOptions.Default);

        Assert.InRange(weights["inherited"], -5, -0.5);
        Assert.InRange(weights["bias"], 0.5, 5);
    }

    [Fact]
    public void Fit_without_answers_gives_even_odds()
    {
        var weights = AnswerModelFitter.Fit([], LogisticFitOptions.Default);

        Assert.Equal(new Dictionary<string, double> { ["bias"] = 0 }, weights);
    }
}
