using FactBot.Cli.Calibration;
using FactBot.Core.Checking;
using FactBot.Core.Decision;

namespace FactBot.Cli.Tests.Calibration;

/// <summary>Synthetic data for the calibration tests: seeded, so every run draws the same rows.</summary>
internal static class Synthetic
{
    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    public static bool Draw(Random random, double z) => random.NextDouble() < LogisticRegression.Sigmoid(z);

    public static AnswerFeatures Features(Verdict verdict, params (string Name, double Value)[] values) =>
        new(verdict, values.Prepend(("bias", 1)).ToDictionary(v => v.Item1, v => v.Item2, StringComparer.Ordinal));

    public static AnswerFeatures Decisive(params (string Name, double Value)[] values) => Features(Verdict.Supported, values);

    public static AnswerFeatures Unknown(params (string Name, double Value)[] values) => Features(Verdict.Unknown, values);
}
