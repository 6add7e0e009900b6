using FactBot.Core.Checking;

namespace FactBot.Core.Decision;

/// <summary>
/// What the confidence of an answer is computed from: named numbers describing how the claim was read and decided.
/// Decisive answers (supported, contradicted) and unknown answers have their own features and their own model.
/// </summary>
public sealed record AnswerFeatures(Verdict Verdict, IReadOnlyDictionary<string, double> Values)
{
    public bool IsDecisive => Verdict is Verdict.Supported or Verdict.Contradicted;
}
