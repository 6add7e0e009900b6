using FactBot.Core.Facts;

namespace FactBot.Core.Checking;

/// <summary>The engine's answer for one claim.</summary>
public sealed record CheckResult(
    string Claim,
    Verdict Verdict,
    double Confidence,
    Evidence? Evidence,
    string Explanation,
    Language Language,
    IReadOnlyList<RelatedFact> Related)
{
    /// <summary>
    /// When records of two sources disagree on the claim (one supports it, the other contradicts it), the statement
    /// of each, with its source; the verdict is then unknown. Empty otherwise.
    /// </summary>
    public IReadOnlyList<Evidence> Conflicting { get; init; } = [];
}
