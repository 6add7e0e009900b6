namespace FactBot.Application.Webhooks;

/// <summary>
/// A webhook delivery already answered: its <c>webhook-id</c> (the idempotency key), the check it produced and the
/// exact response body, so a redelivery gets the original answer.
/// </summary>
public sealed record WebhookDelivery(string WebhookId, string CheckId, string ResponseJson, DateTimeOffset ReceivedAt);
