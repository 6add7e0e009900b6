namespace FactBot.Functions.Contracts;

/// <summary>
/// <c>GET /api/health</c>: "ok" or "unavailable", the store kind, the loaded facts' count and content version, and how the
/// snapshot's background refresh went.
/// </summary>
public sealed record HealthResponse(string Status, string Store, int? Facts, string? SeedVersion, SnapshotRefreshResponse? Refresh = null);
