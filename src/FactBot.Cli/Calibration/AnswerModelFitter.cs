namespace FactBot.Cli.Calibration;

/// <summary>Fits the logistic weights of one kind of answer (decisive or unknown) to whether those answers were right.</summary>
internal static class AnswerModelFitter
{
    // Shipped as data, so rounded; cross-validation predicts with the rounded weights, as the engine will.
    private const int Decimals = 4;

    public static IReadOnlyDictionary<string, double> Fit(IReadOnlyList<LabelledAnswer> answers, LogisticFitOptions options)
    {
        if (answers.Count == 0)
        {
            return new Dictionary<string, double>(StringComparer.Ordinal) { [FeatureScaling.Intercept] = 0 };
        }

        var scaling = FeatureScaling.Of(answers.Select(a => a.Features).ToArray());
        var fit = LogisticRegression.Fit(answers.Select(a => scaling.Row(a.Features)).ToArray(), answers.Select(a => a.Right).ToArray(), options);
        return scaling.RawWeights(fit.Coefficients).ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, Decimals), StringComparer.Ordinal);
    }
}
