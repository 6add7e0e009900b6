using FactBot.Core.Facts;
using FactBot.Core.Seeds;

namespace FactBot.Benchmarks;

/// <summary>The real, curated fact records from <c>seeds/</c>, found from the working directory or beside the build.</summary>
public static class SeedRecords
{
    private static SeedSet? cached;

    public static IReadOnlyList<FactRecord> Load() => Seeds().Facts;

    /// <summary>The entities of the seeds, the shared ones no record names included, as a production snapshot holds them.</summary>
    public static IReadOnlyList<Entity> KnownEntities() => Seeds().KnownEntities;

    private static SeedSet Seeds() => cached ??= SeedLoader.LoadDirectory(SeedDirectory.Locate());
}
