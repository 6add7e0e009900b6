using FactBot.Core.Facts;

namespace FactBot.Functions.Contracts;

/// <summary>A fact record as listed by <c>GET /api/facts</c>.</summary>
public sealed record FactResponse(
    string Id,
    string Sentence,
    FactSummaryResponse Summary,
    FactSourceResponse Source,
    string Polarity,
    FactSummaryResponse? Attribution,
    FactSummaryResponse? Hedge)
{
    public static FactResponse From(FactRecord fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new(
            fact.Id,
            fact.Sentence,
            FactSummaryResponse.From(fact.Summary),
            new FactSourceResponse(fact.Source.Id, fact.Source.Title, fact.Source.Published, fact.Source.Language.ToCode()),
            fact.Polarity.ToString().ToLowerInvariant(),
            fact.Attribution is null ? null : FactSummaryResponse.From(fact.Attribution),
            fact.Hedge is null ? null : FactSummaryResponse.From(fact.Hedge));
    }
}
