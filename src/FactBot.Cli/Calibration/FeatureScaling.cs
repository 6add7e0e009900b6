using FactBot.Core.Decision;

namespace FactBot.Cli.Calibration;

/// <summary>
/// Standardises the features that vary in the fitting data (a feature a row lacks counts as 0, as the engine counts
/// it); a constant feature is dropped, the intercept standing for it. Maps fitted weights back to the raw features.
/// </summary>
internal sealed class FeatureScaling
{
    public const string Intercept = "bias";

    private readonly double[] means;
    private readonly double[] scales;

    private FeatureScaling(string[] names, double[] means, double[] scales)
    {
        Names = names;
        this.means = means;
        this.scales = scales;
    }

    /// <summary>The features kept, in ordinal order; row column j + 1 is feature j.</summary>
    public IReadOnlyList<string> Names { get; }

    public static FeatureScaling Of(IReadOnlyCollection<AnswerFeatures> answers)
    {
        var names = new List<string>();
        var means = new List<double>();
        var scales = new List<double>();
        foreach (var name in answers.SelectMany(a => a.Values.Keys).Where(n => n != Intercept).Distinct().Order(StringComparer.Ordinal))
        {
            var values = answers.Select(a => a.Values.GetValueOrDefault(name)).ToArray();
            var mean = values.Average();
            var scale = Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
            if (scale > 1e-9)
            {
                names.Add(name);
                means.Add(mean);
                scales.Add(scale);
            }
        }

        return new FeatureScaling([.. names], [.. means], [.. scales]);
    }

    /// <summary>The row to fit on: 1 for the intercept, then each kept feature standardised.</summary>
    public double[] Row(AnswerFeatures answer)
    {
        var row = new double[Names.Count + 1];
        row[0] = 1;
        for (var j = 0; j < Names.Count; j++)
        {
            row[j + 1] = (answer.Values.GetValueOrDefault(Names[j]) - means[j]) / scales[j];
        }

        return row;
    }

    /// <summary>The weights on the raw features (with <see cref="Intercept"/>) that give the same linear score.</summary>
    public Dictionary<string, double> RawWeights(IReadOnlyList<double> coefficients)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal) { [Intercept] = coefficients[0] };
        for (var j = 0; j < Names.Count; j++)
        {
            weights[Names[j]] = coefficients[j + 1] / scales[j];
            weights[Intercept] -= coefficients[j + 1] * means[j] / scales[j];
        }

        return weights;
    }
}
