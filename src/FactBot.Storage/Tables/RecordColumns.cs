using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure.Data.Tables;

namespace FactBot.Storage.Tables;

/// <summary>A value kept whole in a row: its JSON in <see cref="Record"/> and the hash the seeder compares, in <see cref="ContentHash"/>.</summary>
internal static class RecordColumns
{
    public const string Record = "Record";
    public const string ContentHash = "ContentHash";

    public static TableEntity Write<T>(TableEntity row, T value, JsonTypeInfo<T> typeInfo)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        row[Record] = System.Text.Encoding.UTF8.GetString(json);
        row[ContentHash] = Convert.ToHexStringLower(SHA256.HashData(json));
        return row;
    }

    public static T Read<T>(TableEntity row, JsonTypeInfo<T> typeInfo)
    {
        var json = row.GetString(Record)
            ?? throw new InvalidDataException($"Row {row.PartitionKey}/{row.RowKey} has no {Record} column.");
        return JsonSerializer.Deserialize(json, typeInfo)
            ?? throw new InvalidDataException($"Row {row.PartitionKey}/{row.RowKey} holds an empty {Record}.");
    }
}
