using System.Collections.Concurrent;

namespace FactBot.Application.Webhooks;

public sealed class InMemoryWebhookDeliveryStore : IWebhookDeliveryStore
{
    private readonly ConcurrentDictionary<string, WebhookDelivery> deliveries = new(StringComparer.Ordinal);

    public Task<WebhookDelivery?> FindAsync(string webhookId, CancellationToken cancellationToken) =>
        Task.FromResult(deliveries.GetValueOrDefault(webhookId));

    public Task<bool> TryAddAsync(WebhookDelivery delivery, CancellationToken cancellationToken) =>
        Task.FromResult(deliveries.TryAdd(delivery.WebhookId, delivery));
}
