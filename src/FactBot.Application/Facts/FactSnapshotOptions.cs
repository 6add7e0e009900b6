namespace FactBot.Application.Facts;

/// <summary>How the hosts keep the in-memory fact snapshot fresh, section <c>FactBot:Snapshot</c>.</summary>
public sealed class FactSnapshotOptions
{
    public const string SectionName = "FactBot:Snapshot";

    /// <summary>
    /// Time between two refreshes. Each costs one small request when the facts are unchanged (the table's change stamp),
    /// a full read of the facts when they changed; a re-seed therefore takes effect within one interval, without a restart.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
