using Azure.Data.Tables;

namespace FactBot.Storage.Tables;

/// <summary>Reads a column every row of its table must have; a missing one is corrupt data, not a default.</summary>
internal static class RequiredColumn
{
    public static string String(TableEntity entity, string column) => entity.GetString(column) ?? throw Missing(entity, column);

    public static double Double(TableEntity entity, string column) => entity.GetDouble(column) ?? throw Missing(entity, column);

    public static bool Boolean(TableEntity entity, string column) => entity.GetBoolean(column) ?? throw Missing(entity, column);

    public static DateTimeOffset DateTimeOffset(TableEntity entity, string column) => entity.GetDateTimeOffset(column) ?? throw Missing(entity, column);

    private static InvalidDataException Missing(TableEntity entity, string column) =>
        new($"Row {entity.PartitionKey}/{entity.RowKey} has no {column} column.");
}
