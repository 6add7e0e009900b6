using FactBot.Cli.Calibration;

namespace FactBot.Cli.Tests.Calibration;

public sealed class LogisticRegressionTests
{
    [Fact]
    public void Fit_recovers_the_weights_that_generated_the_labels()
    {
        double[] truth = [-0.5, 2.0, -1.0, 0.0];
        var random = new Random(7);
        var rows = Enumerable.Range(0, 20_000).Select(_ => new[] { 1, Synthetic.Normal(random), Synthetic.Normal(random), Synthetic.Normal(random) }).ToArray();
        var labels = rows.Select(r => Synthetic.Draw(random, r.Zip(truth, (x, w) => x * w).Sum())).ToArray();

        var fit = LogisticRegression.Fit(rows, labels, new LogisticFitOptions(L2: 1e-6));

        Assert.True(fit.Converged, $"stopped after {fit.Iterations} iterations");
        Assert.All(truth.Zip(fit.Coefficients), pair => Assert.InRange(pair.Second, pair.First - 0.1, pair.First + 0.1));
    }

    [Fact]
    public void Fit_on_separable_labels_converges_to_finite_weights()
    {
        var rows = Enumerable.Range(-10, 21).Select(i => new[] { 1, i / 3.0 }).ToArray();
        var labels = rows.Select(r => r[1] > 0).ToArray();

        var fit = LogisticRegression.Fit(rows, labels, LogisticFitOptions.Default);

        Assert.True(fit.Converged);
        Assert.All(fit.Coefficients, c => Assert.True(double.IsFinite(c)));
        Assert.InRange(fit.Coefficients[1], 0.5, 20);
    }

    [Fact]
    public void A_stronger_penalty_shrinks_the_weights_towards_zero()
    {
        var random = new Random(3);
        var rows = Enumerable.Range(0, 200).Select(_ => new[] { 1, Synthetic.Normal(random) }).ToArray();
        var labels = rows.Select(r => Synthetic.Draw(random, 1.5 * r[1])).ToArray();

        var light = LogisticRegression.Fit(rows, labels, new LogisticFitOptions(L2: 0.1));
        var heavy = LogisticRegression.Fit(rows, labels, new LogisticFitOptions(L2: 100));

        Assert.InRange(Math.Abs(heavy.Coefficients[1]), 0, Math.Abs(light.Coefficients[1]) / 1.5);
    }
}
