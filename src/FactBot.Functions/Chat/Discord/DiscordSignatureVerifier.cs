using System.Text;
using FactBot.Functions.Http;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace FactBot.Functions.Chat.Discord;

/// <summary>
/// Discord's interaction signing: <c>X-Signature-Ed25519</c> (hex) is the Ed25519 signature, by the application's key, of
/// <c>X-Signature-Timestamp</c> followed by the raw body, checked with NSec against the configured public key. The
/// timestamp must also be within 300 s of now, so a captured interaction cannot be replayed later.
/// </summary>
public sealed class DiscordSignatureVerifier(IOptions<DiscordOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    private readonly PublicKey? key = options.Value.Key();

    public bool IsConfigured => key is not null;

    public RequestProblem? Verify(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (key is null)
        {
            throw new InvalidOperationException($"{ChatPlatform.Discord.SecretSetting} is not configured.");
        }

        var signature = request.Header(SignatureHeader);
        var timestamp = request.Header(TimestampHeader);
        if (signature is null || timestamp is null)
        {
            return ChatProblems.Unauthorized("Missing Discord signature", $"Send exactly one {SignatureHeader} and one {TimestampHeader} header.");
        }

        if (signature.Length != 2 * SignatureAlgorithm.Ed25519.SignatureSize || !signature.All(char.IsAsciiHexDigit))
        {
            return ChatProblems.Unauthorized("Malformed Discord signature", $"{SignatureHeader} must be {2 * SignatureAlgorithm.Ed25519.SignatureSize} hex digits.");
        }

        // The signature is checked before the timestamp's age: an unsigned request learns nothing about the clock.
        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + request.Body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        request.Body.CopyTo(message, written);
        if (!SignatureAlgorithm.Ed25519.Verify(key, message, Convert.FromHexString(signature)))
        {
            return ChatProblems.Unauthorized("Invalid Discord signature", $"{SignatureHeader} does not verify this request with the application's public key.");
        }

        return ChatTimestamp.Check(timestamp, TimestampHeader, time);
    }
}
