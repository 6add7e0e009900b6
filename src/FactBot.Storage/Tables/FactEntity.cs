using System.Security.Cryptography;
using System.Text.Json;
using Azure.Data.Tables;
using FactBot.Core.Facts;
using FactBot.Core.Serialization;

namespace FactBot.Storage.Tables;

/// <summary>
/// How a <see cref="FactRecord"/> is laid out in a table row: PartitionKey = source id, RowKey = fact id,
/// a few readable columns for browsing, and the whole record as JSON with its hash.
/// </summary>
internal static class FactEntity
{
    public const string Sentence = "Sentence";
    public const string SourceTitle = "SourceTitle";
    public const string SourcePublished = "SourcePublished";
    public const string Record = "Record";
    public const string ContentHash = "ContentHash";

    public static TableEntity ToEntity(FactRecord fact)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(fact, FactJsonContext.Default.FactRecord);
        return new TableEntity(fact.Source.Id, fact.Id)
        {
            [Sentence] = fact.Sentence,
            [SourceTitle] = fact.Source.Title,
            [SourcePublished] = fact.Source.Published,
            [Record] = System.Text.Encoding.UTF8.GetString(json),
            [ContentHash] = Convert.ToHexStringLower(SHA256.HashData(json)),
        };
    }

    public static FactRecord ToRecord(TableEntity entity)
    {
        var json = entity.GetString(Record)
            ?? throw new InvalidDataException($"Row {entity.PartitionKey}/{entity.RowKey} has no {Record} column.");
        return JsonSerializer.Deserialize(json, FactJsonContext.Default.FactRecord)
            ?? throw new InvalidDataException($"Row {entity.PartitionKey}/{entity.RowKey} holds an empty record.");
    }
}
