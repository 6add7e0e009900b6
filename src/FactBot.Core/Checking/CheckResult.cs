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
    IReadOnlyList<RelatedFact> Related);
