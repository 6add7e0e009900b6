using FactBot.Application.Retention;

namespace FactBot.Application.Webhooks;

/// <summary>
/// Answered deliveries of the embedded store, kept for the whole retention window so a redelivery within it always
/// gets the first answer: entries expire only by age, and when the store is full of live entries a new delivery is
/// refused with <see cref="StoreFullException"/> (the webhook answers 503 and the sender redelivers later).
/// </summary>
public sealed class InMemoryWebhookDeliveryStore(RetentionLimits limits, TimeProvider time) : IWebhookDeliveryStore
{
    /// <summary>The embedded store's default: 10,000 deliveries kept for 2 days (longer than common senders retry).</summary>
    public static readonly RetentionLimits DefaultLimits = new(10_000, TimeSpan.FromDays(2));

    private readonly RetainedEntries<WebhookDelivery> deliveries = new(limits, time, evictWithinRetention: false);

    public InMemoryWebhookDeliveryStore()
        : this(DefaultLimits, TimeProvider.System)
    {
    }

    public int Count => deliveries.Count;

    public Task<WebhookDelivery?> FindAsync(string webhookId, CancellationToken cancellationToken) => Task.FromResult(deliveries.Find(webhookId));

    public Task<bool> TryAddAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return Task.FromResult(deliveries.TryAdd(delivery.WebhookId, delivery));
    }
}
