namespace FactBot.Functions.Claims;

/// <summary>The body of <c>POST /api/claims/check</c>.</summary>
public sealed record CheckClaimRequest(string? Claim);
