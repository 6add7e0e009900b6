namespace FactBot.Functions.Contracts;

/// <summary><c>GET /api/health</c>: "ok" or "unavailable", the store kind, and the loaded facts' count and content version.</summary>
public sealed record HealthResponse(string Status, string Store, int? Facts, string? SeedVersion);
