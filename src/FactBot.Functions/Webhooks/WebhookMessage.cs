using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace FactBot.Functions.Webhooks;

/// <summary>What a webhook delivery carries: the Standard Webhooks headers and the raw body, as received.</summary>
public sealed record WebhookMessage(string? WebhookId, string? Timestamp, IReadOnlyList<string> Signatures, byte[] Body)
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    public static WebhookMessage From(HttpRequest request, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new WebhookMessage(
            Single(request.Headers[IdHeader]),
            Single(request.Headers[TimestampHeader]),
            request.Headers[SignatureHeader].Where(v => v is not null).Select(v => v!).ToArray(),
            body);
    }

    // A header sent twice is as good as absent: which one would be meant?
    private static string? Single(StringValues values) => values.Count == 1 ? values[0] : null;
}
