using FactBot.Application.Checks;

namespace FactBot.Functions.Contracts;

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
    string? Sentence)
{
    public static RecordedCheckResponse From(FoundCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var record = check.Record;
        return new(record.Id, record.Claim, record.Language, record.Verdict, record.Confidence, record.FactId, record.Channel, record.CheckedAt, check.Sentence);
    }
}
