using FactBot.Application.Checks;
using FactBot.Application.Feedback;
using FactBot.Application.Retention;
using FactBot.Application.Webhooks;

namespace FactBot.Storage.Configuration;

/// <summary>
/// How much the embedded store keeps in memory (section <c>FactBot:Embedded</c>): checks and feedback evict their oldest
/// entry past the count or the age; webhook deliveries are kept for their whole retention (idempotency within it).
/// </summary>
public sealed class EmbeddedStoreSettings
{
    public int MaxChecks { get; set; } = InMemoryClaimLog.DefaultLimits.MaxEntries;

    public TimeSpan CheckRetention { get; set; } = InMemoryClaimLog.DefaultLimits.MaxAge;

    public int MaxFeedback { get; set; } = InMemoryFeedbackStore.DefaultLimits.MaxEntries;

    public TimeSpan FeedbackRetention { get; set; } = InMemoryFeedbackStore.DefaultLimits.MaxAge;

    public int MaxDeliveries { get; set; } = InMemoryWebhookDeliveryStore.DefaultLimits.MaxEntries;

    /// <summary>How long a webhook-id is remembered: a redelivery within this window gets the first answer.</summary>
    public TimeSpan DeliveryRetention { get; set; } = InMemoryWebhookDeliveryStore.DefaultLimits.MaxAge;

    public RetentionLimits Checks => new(MaxChecks, CheckRetention);

    public RetentionLimits Feedback => new(MaxFeedback, FeedbackRetention);

    public RetentionLimits Deliveries => new(MaxDeliveries, DeliveryRetention);
}
