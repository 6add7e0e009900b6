using System.Text.Json;

namespace FactBot.Core.Decision;

/// <summary>
/// The probability that an answer is right, from its features: a logistic model per kind of answer (decisive or
/// unknown), fitted on labelled claims by <c>factbot calibrate</c> and shipped as data (Decision/confidence-model.json).
/// Decisive answers whose probability falls below <see cref="AbstainBelow"/> are given as unknown.
/// </summary>
internal sealed class ConfidenceModel
{
    private readonly IReadOnlyDictionary<string, double> decisive;
    private readonly IReadOnlyDictionary<string, double> undecided;

    private ConfidenceModel(IReadOnlyDictionary<string, double> decisive, IReadOnlyDictionary<string, double> undecided, double abstainBelow)
    {
        this.decisive = decisive;
        this.undecided = undecided;
        AbstainBelow = abstainBelow;
    }

    public static ConfidenceModel Default { get; } = Load();

    /// <summary>Decisive answers less likely than this to be right are not given.</summary>
    public double AbstainBelow { get; }

    public double Probability(AnswerFeatures features)
    {
        var weights = features.IsDecisive ? decisive : undecided;
        var z = features.Values.Sum(kv => weights.GetValueOrDefault(kv.Key) * kv.Value);
        return Math.Round(1 / (1 + Math.Exp(-z)), 3);
    }

    public static ConfidenceModel Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new ConfidenceModel(Weights(root, "decisive"), Weights(root, "unknown"), root.TryGetProperty("abstainBelow", out var a) ? a.GetDouble() : 0);
    }

    private static Dictionary<string, double> Weights(JsonElement root, string name) =>
        root.GetProperty(name).GetProperty("weights").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);

    private static ConfidenceModel Load()
    {
        const string name = "FactBot.Core.Decision.confidence-model.json";
        using var stream = typeof(ConfidenceModel).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded confidence model {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
