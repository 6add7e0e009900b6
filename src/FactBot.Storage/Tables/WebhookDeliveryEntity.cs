using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using FactBot.Application.Webhooks;

namespace FactBot.Storage.Tables;

/// <summary>
/// How a <see cref="WebhookDelivery"/> is laid out in the WebhookDeliveries table:
/// PartitionKey = lower-case hex SHA-256 of the UTF-8 webhook-id, RowKey = <see cref="Row"/>, the id itself in a column.
/// </summary>
/// <remarks>
/// The webhook-id is whatever text the sender chose: it may hold / \ # ? or control characters (forbidden in keys)
/// or exceed the 1 KiB key limit. Its hash is always a valid 64-character key, is the same for every redelivery,
/// and spreads deliveries over partitions.
/// </remarks>
internal static class WebhookDeliveryEntity
{
    public const string Row = "delivery";
    public const string WebhookId = "WebhookId";
    public const string CheckId = "CheckId";
    public const string ResponseJson = "ResponseJson";
    public const string ReceivedAt = "ReceivedAt";

    public static string PartitionKey(string webhookId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(webhookId)));

    public static TableEntity ToEntity(WebhookDelivery delivery) => new(PartitionKey(delivery.WebhookId), Row)
    {
        [WebhookId] = delivery.WebhookId,
        [CheckId] = delivery.CheckId,
        [ResponseJson] = delivery.ResponseJson,
        [ReceivedAt] = delivery.ReceivedAt,
    };

    public static WebhookDelivery ToRecord(TableEntity entity) => new(
        RequiredColumn.String(entity, WebhookId),
        RequiredColumn.String(entity, CheckId),
        RequiredColumn.String(entity, ResponseJson),
        RequiredColumn.DateTimeOffset(entity, ReceivedAt));
}
