using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FactBot.Functions.Webhooks;

/// <summary>
/// Standard Webhooks 1.0 verification: HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{body}</c> with the
/// configured key, any one of the space-separated <c>v1,&lt;base64&gt;</c> signatures matching (compared in constant time),
/// and a timestamp within <see cref="ToleranceSeconds"/> of now.
/// </summary>
public sealed class WebhookSignatureVerifier(IOptions<WebhookOptions> options, TimeProvider time)
{
    public const int ToleranceSeconds = 300;

    /// <summary>Longest webhook-id accepted; ids are also limited to printable ASCII other than / \ # ? (they key table rows).</summary>
    public const int MaxIdLength = 256;

    private readonly byte[]? key = options.Value.Key();

    public bool IsConfigured => key is not null;

    /// <summary>
    /// Who signed a verified delivery: the first 16 hex digits of SHA-256 of the signing key (never the key itself). One
    /// secret is configured, so every authentic delivery has the same sender; the id changes when the secret is rotated.
    /// </summary>
    public string? KeyId => key is null ? null : Convert.ToHexStringLower(SHA256.HashData(key))[..16];

    /// <summary>Null when the message is authentic and fresh; else the 400/401 problem (or 503 when no secret is configured).</summary>
    public RequestProblem? Verify(WebhookMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (key is null)
        {
            return NotConfigured();
        }

        if (string.IsNullOrEmpty(message.WebhookId) || string.IsNullOrEmpty(message.Timestamp) || message.Signatures.Count == 0)
        {
            var missing = new[] { (WebhookMessage.IdHeader, string.IsNullOrEmpty(message.WebhookId)), (WebhookMessage.TimestampHeader, string.IsNullOrEmpty(message.Timestamp)), (WebhookMessage.SignatureHeader, message.Signatures.Count == 0) }
                .Where(h => h.Item2).Select(h => h.Item1);
            return Unauthorized("Missing webhook headers", $"Send exactly one of each Standard Webhooks header; missing or repeated: {string.Join(", ", missing)}.");
        }

        if (message.WebhookId.Length > MaxIdLength || message.WebhookId.Any(c => c is < '!' or > '~' or '/' or '\\' or '#' or '?'))
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Invalid webhook-id",
                $"The webhook-id must be 1 to {MaxIdLength} printable ASCII characters other than / \\ # and ?.");
        }

        if (message.Timestamp.Length > 12 || !long.TryParse(message.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Unauthorized("Invalid webhook timestamp", "The webhook-timestamp must be the send time in Unix seconds.");
        }

        var skew = seconds - time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(skew) > ToleranceSeconds)
        {
            return Unauthorized(
                "Webhook timestamp out of range",
                $"The webhook-timestamp is {Math.Abs(skew)} s {(skew < 0 ? "in the past" : "in the future")}; at most {ToleranceSeconds} s either way is accepted.");
        }

        var candidates = Candidates(message.Signatures);
        if (candidates.Count == 0)
        {
            return Unauthorized("Malformed webhook signature", "The webhook-signature header must hold space-separated 'v1,<base64 HMAC-SHA256>' entries.");
        }

        var expected = Sign(key, message.WebhookId, message.Timestamp, message.Body);
        var valid = false;
        foreach (var candidate in candidates)
        {
            // Every candidate is compared, so the time taken does not tell which one matched.
            valid |= CryptographicOperations.FixedTimeEquals(candidate, expected);
        }

        return valid ? null : Unauthorized("Invalid webhook signature", "No v1 signature in webhook-signature matches this delivery.");
    }

    /// <summary>HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c>.</summary>
    public static byte[] Sign(byte[] key, string webhookId, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    internal static RequestProblem NotConfigured() => new(
        StatusCodes.Status503ServiceUnavailable,
        "Webhook not configured",
        "This deployment has no webhook secret (FactBot:Webhook:Secret), so it cannot authenticate deliveries.");

    private static List<byte[]> Candidates(IReadOnlyList<string> headers)
    {
        var candidates = new List<byte[]>();
        foreach (var entry in headers.SelectMany(h => h.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (!entry.StartsWith("v1,", StringComparison.Ordinal) || entry.Length > 200)
            {
                continue;
            }

            var buffer = new byte[64];
            if (Convert.TryFromBase64String(entry[3..], buffer, out var written) && written == 32)
            {
                candidates.Add(buffer[..written]);
            }
        }

        return candidates;
    }

    private static RequestProblem Unauthorized(string title, string detail) => new(StatusCodes.Status401Unauthorized, title, detail);
}
