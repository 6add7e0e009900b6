namespace FactBot.Functions.Contracts;

/// <summary>
/// The fact snapshot's refresh, in the health report: when the snapshot in use was loaded, the last refresh attempt,
/// and why it failed when it did (the snapshot in use then stays the last good one).
/// </summary>
public sealed record SnapshotRefreshResponse(DateTimeOffset? LoadedAt, DateTimeOffset? LastAttemptAt, string? LastFailure);
