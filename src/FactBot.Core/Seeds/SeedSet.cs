using FactBot.Core.Facts;

namespace FactBot.Core.Seeds;

/// <summary>Every fact record loaded from a seeds folder, with a hash of the files it came from.</summary>
public sealed record SeedSet(IReadOnlyList<SourceInfo> Sources, IReadOnlyList<FactRecord> Facts, string FileHash)
{
    /// <summary>
    /// Every entity the seeds define, shared (seeds/shared) or an article's own, by id: the well-known names no
    /// record uses are here too, so the engine knows them as names.
    /// </summary>
    public IReadOnlyList<Entity> KnownEntities { get; init; } = [];
}
