using Azure.Data.Tables;
using FactBot.Application.Feedback;

namespace FactBot.Storage.Tables;

/// <summary>
/// How a <see cref="FeedbackRecord"/> is laid out in the Feedback table: PartitionKey = check id, RowKey = feedback id,
/// so all feedback on one check is a single-partition query.
/// </summary>
internal static class FeedbackEntity
{
    public const string Correct = "Correct";
    public const string ExpectedVerdict = "ExpectedVerdict";
    public const string Comment = "Comment";
    public const string ReceivedAt = "ReceivedAt";

    public static TableEntity ToEntity(FeedbackRecord feedback)
    {
        var entity = new TableEntity(feedback.CheckId, feedback.Id)
        {
            [Correct] = feedback.Correct,
            [ReceivedAt] = feedback.ReceivedAt,
        };

        // Table Storage has no null: optional fields are simply absent.
        if (feedback.ExpectedVerdict is not null)
        {
            entity[ExpectedVerdict] = feedback.ExpectedVerdict;
        }

        if (feedback.Comment is not null)
        {
            entity[Comment] = feedback.Comment;
        }

        return entity;
    }

    public static FeedbackRecord ToRecord(TableEntity entity) => new(
        entity.PartitionKey,
        entity.RowKey,
        RequiredColumn.Boolean(entity, Correct),
        entity.GetString(ExpectedVerdict),
        entity.GetString(Comment),
        RequiredColumn.DateTimeOffset(entity, ReceivedAt));
}
