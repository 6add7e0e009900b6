using FactBot.Core.Facts;
using FactBot.Core.Seeds;

namespace FactBot.Benchmarks;

/// <summary>The real, curated fact records from <c>seeds/</c>, found from the working directory or beside the build.</summary>
public static class SeedRecords
{
    private static IReadOnlyList<FactRecord>? cached;

    public static IReadOnlyList<FactRecord> Load() => cached ??= SeedLoader.LoadDirectory(SeedDirectory.Locate()).Facts;
}
