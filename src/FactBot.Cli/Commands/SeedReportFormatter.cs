using FactBot.Core.Seeds;
using FactBot.Storage;

namespace FactBot.Cli.Commands;

internal static class SeedReportFormatter
{
    public static string Format(SeedReport report, SeedSet seeds, string directory, string table) =>
        $"Seeded table '{table}' from {directory} ({seeds.Facts.Count} facts, {seeds.KnownEntities.Count} known entities; counts are rows): "
        + (report.Changed
            ? $"{report.Added} added, {report.Updated} updated, {report.Deleted} deleted, {report.Unchanged} unchanged."
            : $"no change ({report.Unchanged} unchanged).");
}
