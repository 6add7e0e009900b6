namespace FactBot.Application.Facts;

/// <summary>What the last refreshes did: when the snapshot in use was loaded, the last attempt, and its failure if it failed.</summary>
public sealed record SnapshotRefreshState(DateTimeOffset? LoadedAt, DateTimeOffset? LastAttemptAt, string? LastFailure);
