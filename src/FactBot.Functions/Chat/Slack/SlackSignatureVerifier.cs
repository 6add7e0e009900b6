using System.Security.Cryptography;
using System.Text;
using FactBot.Functions.Http;
using Microsoft.Extensions.Options;

namespace FactBot.Functions.Chat.Slack;

/// <summary>
/// Slack's request signing (v0): <c>X-Slack-Signature</c> = <c>v0=</c> + hex HMAC-SHA256, keyed with the signing secret,
/// of <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c>, compared in constant time; the timestamp within 300 s of now.
/// </summary>
public sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";
    public const string RetryHeader = "X-Slack-Retry-Num";
    private const string Version = "v0";

    private readonly byte[]? key = ChatSecret.StateOf(options.Value.SigningSecret) == ChatSecretState.Set
        ? Encoding.UTF8.GetBytes(options.Value.SigningSecret!)
        : null;

    public bool IsConfigured => key is not null;

    /// <summary>Null when the request is Slack's and fresh; else the 401 problem.</summary>
    public RequestProblem? Verify(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (key is null)
        {
            throw new InvalidOperationException($"{ChatPlatform.Slack.SecretSetting} is not configured.");
        }

        var timestamp = request.Header(TimestampHeader);
        var signature = request.Header(SignatureHeader);
        if (timestamp is null || signature is null)
        {
            return ChatProblems.Unauthorized("Missing Slack signature", $"Send exactly one {TimestampHeader} and one {SignatureHeader} header.");
        }

        if (ChatTimestamp.Check(timestamp, TimestampHeader, time) is { } stale)
        {
            return stale;
        }

        if (signature.Length != Version.Length + 1 + 64 || !signature.StartsWith(Version + "=", StringComparison.Ordinal)
            || !signature[3..].All(char.IsAsciiHexDigit))
        {
            return ChatProblems.Unauthorized("Malformed Slack signature", $"{SignatureHeader} must be 'v0=' followed by 64 hex digits.");
        }

        var valid = CryptographicOperations.FixedTimeEquals(Convert.FromHexString(signature.AsSpan(3)), Sign(key, timestamp, request.Body));
        return valid ? null : ChatProblems.Unauthorized("Invalid Slack signature", $"{SignatureHeader} does not match this request.");
    }

    /// <summary>HMAC-SHA256 of <c>v0:{timestamp}:{body}</c>.</summary>
    public static byte[] Sign(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes($"{Version}:{timestamp}:"));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
