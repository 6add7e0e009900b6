using Azure.Data.Tables;
using FactBot.Core.Facts;
using FactBot.Core.Serialization;

namespace FactBot.Storage.Tables;

/// <summary>
/// How a known entity (seeds/shared, or an article's own) is laid out in the fact table: one row per entity in a
/// partition of its own, which no source id can name (source ids are lower-case letters, digits and dashes), so
/// the engine loaded from the table knows the same names as the embedded one.
/// </summary>
internal static class KnownEntityRow
{
    public const string Partition = "~entities";
    public const string Name = "Name";
    public const string Type = "Type";

    public static TableEntity ToEntity(Entity entity) => RecordColumns.Write(
        new TableEntity(Partition, entity.Id) { [Name] = entity.Name, [Type] = entity.Type.ToString().ToLowerInvariant() },
        entity,
        FactJsonContext.Default.Entity);

    public static Entity ToKnownEntity(TableEntity row) => RecordColumns.Read(row, FactJsonContext.Default.Entity);
}
