using Azure.Data.Tables;
using FactBot.Application.Checks;

namespace FactBot.Storage.Tables;

/// <summary>
/// How a <see cref="CheckRecord"/> is laid out in the Checks table: PartitionKey = check id, RowKey = <see cref="Row"/>.
/// </summary>
/// <remarks>
/// The check id is the only lookup key, so it is the partition: every find is a point read on (PartitionKey, RowKey),
/// the cheapest call Table Storage has, and random ids spread writes over partitions instead of piling onto one.
/// The row key is a constant because a check has exactly one row; naming the row (rather than leaving it empty)
/// leaves room for other rows about the same check in its partition later, still writable in one transaction.
/// </remarks>
internal static class CheckEntity
{
    public const string Row = "check";
    public const string Claim = "Claim";
    public const string Language = "Language";
    public const string Verdict = "Verdict";
    public const string Confidence = "Confidence";
    public const string FactId = "FactId";
    public const string Channel = "Channel";
    public const string CheckedAt = "CheckedAt";
    public const string SpaceId = "SpaceId";
    public const string UserId = "UserId";
    public const string Explanation = "Explanation";
    public const string ClaimAuthor = "ClaimAuthor";
    public const string ClaimAuthorType = "ClaimAuthorType";
    public const string ClaimDatePublished = "ClaimDatePublished";
    public const string ClaimAppearance = "ClaimAppearance";

    public static TableEntity ToEntity(CheckRecord check)
    {
        var entity = new TableEntity(check.Id, Row)
        {
            [Claim] = check.Claim,
            [Language] = check.Language,
            [Verdict] = check.Verdict,
            [Confidence] = check.Confidence,
            [Channel] = check.Channel,
            [CheckedAt] = check.CheckedAt,
        };

        // Table Storage has no null: an absent property is how a row says "no fact" (or no explanation, no origin).
        foreach (var (column, value) in new[]
        {
            (FactId, check.FactId), (Explanation, check.Explanation), (ClaimAuthor, check.Origin?.Author),
            (ClaimAuthorType, check.Origin?.AuthorType), (ClaimDatePublished, check.Origin?.DatePublished), (ClaimAppearance, check.Origin?.Appearance),
        })
        {
            if (value is not null)
            {
                entity[column] = value;
            }
        }

        // Chat checks only (see CheckRecord).
        if (check.SpaceId is not null)
        {
            entity[SpaceId] = check.SpaceId;
        }

        if (check.UserId is not null)
        {
            entity[UserId] = check.UserId;
        }

        return entity;
    }

    public static CheckRecord ToRecord(TableEntity entity) => new(
        entity.PartitionKey,
        RequiredColumn.String(entity, Claim),
        RequiredColumn.String(entity, Language),
        RequiredColumn.String(entity, Verdict),
        RequiredColumn.Double(entity, Confidence),
        entity.GetString(FactId),
        RequiredColumn.String(entity, Channel),
        RequiredColumn.DateTimeOffset(entity, CheckedAt),
        entity.GetString(SpaceId),
        entity.GetString(UserId))
    {
        Explanation = entity.GetString(Explanation),
        Origin = entity.GetString(ClaimAuthor) is null && entity.GetString(ClaimDatePublished) is null && entity.GetString(ClaimAppearance) is null
            ? null
            : new ClaimOrigin(entity.GetString(ClaimAuthor), entity.GetString(ClaimAuthorType), entity.GetString(ClaimDatePublished), entity.GetString(ClaimAppearance)),
    };
}
