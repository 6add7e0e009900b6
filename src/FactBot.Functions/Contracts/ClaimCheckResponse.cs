using FactBot.Core.Contracts;

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
    public static ClaimCheckResponse From(string id, bool recorded, CheckResponse result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(id, recorded, result.Claim, result.Verdict, result.Confidence, result.Evidence, result.Explanation, result.Language, result.Related);
    }
}

/// <summary>The answer of <c>POST /api/claims/batch</c>: one result per claim, in input order.</summary>
public sealed record BatchCheckResponse(IReadOnlyList<ClaimCheckResponse> Results);

/// <summary>A recorded check (<c>GET /api/claims/{id}</c>), with the evidence sentence when its fact still exists.</summary>
public sealed record RecordedCheckResponse(
    string Id,
    string Claim,
    string Language,
    string Verdict,
    double Confidence,
    string? FactId,
    string Channel,
    DateTimeOffset CheckedAt,
    string? Sentence);

/// <summary>The answer of <c>POST /api/claims/{id}/feedback</c>.</summary>
public sealed record FeedbackAcceptedResponse(string Id, string CheckId, DateTimeOffset ReceivedAt);

/// <summary>A fact record as listed by <c>GET /api/facts</c>.</summary>
public sealed record FactResponse(
    string Id,
    string Sentence,
    FactSummaryResponse Summary,
    FactSourceResponse Source,
    string Polarity,
    FactSummaryResponse? Attribution,
    FactSummaryResponse? Hedge);

public sealed record FactSummaryResponse(string En, string Fr);

public sealed record FactSourceResponse(string Id, string Title, string Published, string Language);

/// <summary>A page of facts; pass <see cref="ContinuationToken"/> back for the next page (null on the last).</summary>
public sealed record FactPageResponse(IReadOnlyList<FactResponse> Facts, string? ContinuationToken);

/// <summary><c>GET /api/health</c>: "ok" or "unavailable", the store kind, and the loaded facts' count and content version.</summary>
public sealed record HealthResponse(string Status, string Store, int? Facts, string? SeedVersion);
