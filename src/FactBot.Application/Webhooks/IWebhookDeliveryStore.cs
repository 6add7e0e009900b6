namespace FactBot.Application.Webhooks;

/// <summary>Webhook deliveries by <c>webhook-id</c>; adding is insert-if-absent, so two racing deliveries keep one.</summary>
public interface IWebhookDeliveryStore
{
    Task<WebhookDelivery?> FindAsync(string webhookId, CancellationToken cancellationToken);

    /// <summary>Stores the delivery; returns false (and stores nothing) when one with this id exists already.</summary>
    Task<bool> TryAddAsync(WebhookDelivery delivery, CancellationToken cancellationToken);
}
