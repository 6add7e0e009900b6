using System.Text;
using System.Text.Json;
using FactBot.Core.Decision;

namespace FactBot.Cli.Calibration;

/// <summary>
/// Fitted weights in the shape of Decision/confidence-model.json. Probabilities come from that JSON read back through
/// the engine's own <see cref="ConfidenceModel"/>, so what cross-validation measures is what the engine will compute.
/// </summary>
internal sealed class ConfidenceWeights
{
    public ConfidenceWeights(IReadOnlyDictionary<string, double> decisive, IReadOnlyDictionary<string, double> unknown, double abstainBelow)
    {
        Decisive = decisive;
        Unknown = unknown;
        AbstainBelow = abstainBelow;
        Model = ConfidenceModel.Parse(ToJson(""));
    }

    public IReadOnlyDictionary<string, double> Decisive { get; }

    public IReadOnlyDictionary<string, double> Unknown { get; }

    public double AbstainBelow { get; }

    /// <summary>The engine's model with these weights.</summary>
    public ConfidenceModel Model { get; }

    public double Probability(AnswerFeatures features) => Model.Probability(features);

    /// <summary>The answer the engine gives for <paramref name="row"/>: decisive unless its confidence is below <see cref="AbstainBelow"/>.</summary>
    public CalibratedAnswer Answer(CalibrationRow row)
    {
        if (row.Decisive is { } decisive && Probability(decisive.Features) is var confidence && confidence >= AbstainBelow)
        {
            return new CalibratedAnswer(true, confidence, decisive.Right);
        }

        return new CalibratedAnswer(false, Probability(row.Unknown.Features), row.Unknown.Right);
    }

    public string ToJson(string comment)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = CliJson.WriterOptions.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("$comment", comment);
            writer.WriteNumber("abstainBelow", AbstainBelow);
            WriteWeights(writer, "decisive", Decisive);
            WriteWeights(writer, "unknown", Unknown);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteWeights(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, double> weights)
    {
        writer.WriteStartObject(name);
        writer.WriteStartObject("weights");
        foreach (var (feature, weight) in weights.OrderBy(kv => kv.Key == FeatureScaling.Intercept ? 0 : 1).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(feature, weight);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
