using FactBot.Application.Checks;

namespace FactBot.Functions.Contracts;

/// <summary>
/// A check result as the HTTP API answers it: the shared <see cref="CheckResponse"/> fields, plus the check's id and
/// whether it was recorded in the claim log (so it can be fetched and given feedback on).
/// </summary>
public sealed record ClaimCheckResponse(
    string Id,
    bool Recorded,
    string Claim,
    string Verdict,
    double Confidence,
    EvidenceResponse? Evidence,
    string Explanation,
    string Language,
    IReadOnlyList<RelatedResponse> Related)
{
    public static ClaimCheckResponse From(RecordedCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var result = CheckResponse.From(check.Result);
        return new(check.Record.Id, check.Recorded, result.Claim, result.Verdict, result.Confidence, result.Evidence, result.Explanation, result.Language, result.Related);
    }
}
