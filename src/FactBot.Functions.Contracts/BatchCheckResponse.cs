namespace FactBot.Functions.Contracts;

/// <summary>The answer of <c>POST /api/claims/batch</c>: one result per claim, in input order.</summary>
public sealed record BatchCheckResponse(IReadOnlyList<ClaimCheckResponse> Results);
