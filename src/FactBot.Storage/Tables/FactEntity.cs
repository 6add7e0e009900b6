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
    public const string Record = RecordColumns.Record;
    public const string ContentHash = RecordColumns.ContentHash;

    public static TableEntity ToEntity(FactRecord fact) => RecordColumns.Write(
        new TableEntity(fact.Source.Id, fact.Id)
        {
            [Sentence] = fact.Sentence,
            [SourceTitle] = fact.Source.Title,
            [SourcePublished] = fact.Source.Published,
        },
        fact,
        FactJsonContext.Default.FactRecord);

    public static FactRecord ToRecord(TableEntity entity) => RecordColumns.Read(entity, FactJsonContext.Default.FactRecord);
}
