namespace FactBot.Functions.Contracts;

/// <summary>A fact record as listed by <c>GET /api/facts</c>.</summary>
public sealed record FactResponse(
    string Id,
    string Sentence,
    FactSummaryResponse Summary,
    FactSourceResponse Source,
    string Polarity,
    FactSummaryResponse? Attribution,
    FactSummaryResponse? Hedge);
