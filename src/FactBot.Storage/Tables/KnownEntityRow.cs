using System.Security.Cryptography;
using System.Text.Json;
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

    public static TableEntity ToEntity(Entity entity)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(entity, FactJsonContext.Default.Entity);
        return new TableEntity(Partition, entity.Id)
        {
            [Name] = entity.Name,
            [Type] = entity.Type.ToString().ToLowerInvariant(),
            [FactEntity.Record] = System.Text.Encoding.UTF8.GetString(json),
            [FactEntity.ContentHash] = Convert.ToHexStringLower(SHA256.HashData(json)),
        };
    }

    public static Entity ToKnownEntity(TableEntity row)
    {
        var json = row.GetString(FactEntity.Record)
            ?? throw new InvalidDataException($"Row {row.PartitionKey}/{row.RowKey} has no {FactEntity.Record} column.");
        return JsonSerializer.Deserialize(json, FactJsonContext.Default.Entity)
            ?? throw new InvalidDataException($"Row {row.PartitionKey}/{row.RowKey} holds an empty entity.");
    }
}
