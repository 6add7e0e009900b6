using Azure.Data.Tables;
using FactBot.Application.Webhooks;
using Polly;

namespace FactBot.Storage.Tables;

/// <summary>Answered webhook deliveries in an Azure Table, keyed by a hash of the webhook-id (see <see cref="WebhookDeliveryEntity"/>).</summary>
internal sealed class TableWebhookDeliveryStore(EnsuredTable deliveries, ResiliencePipeline pipeline) : IWebhookDeliveryStore
{
    public async Task<WebhookDelivery?> FindAsync(string webhookId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(webhookId);
        var row = await deliveries.RunAsync(
            (table, ct) => pipeline.ExecuteAsync(
                async token => await table.GetEntityIfExistsAsync<TableEntity>(WebhookDeliveryEntity.PartitionKey(webhookId), WebhookDeliveryEntity.Row, cancellationToken: token),
                ct).AsTask(),
            cancellationToken);
        if (!row.HasValue)
        {
            return null;
        }

        // The stored id settles it: a hash match alone is not proof that this is the same webhook-id.
        var delivery = WebhookDeliveryEntity.ToRecord(row.Value!);
        return string.Equals(delivery.WebhookId, webhookId, StringComparison.Ordinal) ? delivery : null;
    }

    public async Task<bool> TryAddAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentException.ThrowIfNullOrEmpty(delivery.WebhookId);
        RejectOversize(delivery.WebhookId, "webhook-id", delivery.WebhookId);
        RejectOversize(delivery.WebhookId, "response body", delivery.ResponseJson);
        var entity = WebhookDeliveryEntity.ToEntity(delivery);
        TableEntityLimits.Validate(entity);

        return await deliveries.RunAsync((table, ct) => InsertIfAbsent.TryAddAsync(table, pipeline, entity, ct), cancellationToken);
    }

    // TableEntityLimits would reject these too, but naming the row by its hash; this names the delivery and the field.
    private static void RejectOversize(string webhookId, string what, string value)
    {
        if (value.Length > TableEntityLimits.MaxStringChars)
        {
            var shown = webhookId.Length > 64 ? string.Concat(webhookId.AsSpan(0, 64), "…") : webhookId;
            throw new TableLimitExceededException(
                $"The {what} of webhook delivery '{shown}' is {value.Length} characters long; "
                + $"Azure Table Storage stores at most {TableEntityLimits.MaxStringChars} characters in one property, so it cannot be kept for redelivery.");
        }
    }
}
