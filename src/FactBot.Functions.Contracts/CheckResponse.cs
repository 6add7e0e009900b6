using FactBot.Application.Checks;
using FactBot.Core.Checking;
using FactBot.Core.Facts;

namespace FactBot.Functions.Contracts;

/// <summary>The JSON shape of a check result, shared by the HTTP API and the CLI.</summary>
public sealed record CheckResponse(
    string Claim,
    string Verdict,
    double Confidence,
    EvidenceResponse? Evidence,
    string Explanation,
    string Language,
    IReadOnlyList<RelatedResponse> Related)
{
    /// <summary>The engine's answer on the wire: the one mapping from <see cref="CheckResult"/>.</summary>
    public static CheckResponse From(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            result.Claim,
            result.Verdict.ToWire(),
            ReportedConfidence.Of(result),
            result.Evidence is { } e
                ? new EvidenceResponse(e.FactId, e.Sentence, new SourceResponse(e.Source.Title, e.Source.Published))
                : null,
            result.Explanation,
            result.Language.ToCode(),
            result.Related.Select(r => new RelatedResponse(r.FactId, r.Sentence, Math.Round(r.Score, 3))).ToArray());
    }
}
