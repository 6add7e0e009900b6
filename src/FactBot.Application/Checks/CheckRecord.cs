namespace FactBot.Application.Checks;

/// <summary>One check as recorded in the claim log (table <c>Checks</c>).</summary>
public sealed record CheckRecord(
    string Id,
    string Claim,
    string Language,
    string Verdict,
    double Confidence,
    string? FactId,
    string Channel,
    DateTimeOffset CheckedAt);
