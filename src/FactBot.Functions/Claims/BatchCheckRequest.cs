namespace FactBot.Functions.Claims;

/// <summary>The body of <c>POST /api/claims/batch</c>: 1 to 100 claims.</summary>
public sealed record BatchCheckRequest(IReadOnlyList<string?>? Claims);
