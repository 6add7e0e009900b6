using System.Security.Cryptography;
using FactBot.Functions.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FactBot.Functions.Chat.Teams;

/// <summary>
/// Teams outgoing-webhook verification: <c>Authorization: HMAC &lt;base64&gt;</c> must be the HMAC-SHA256 of the raw body
/// keyed with the base64-decoded security token, compared in constant time. Teams signs no timestamp, so a replayed
/// request cannot be told by its age; the activity id makes a replay record nothing new.
/// </summary>
public sealed class TeamsSignatureVerifier(IOptions<TeamsOptions> options)
{
    public const string Scheme = "HMAC";

    private readonly byte[]? key = options.Value.Key();

    public bool IsConfigured => key is not null;

    public RequestProblem? Verify(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (key is null)
        {
            throw new InvalidOperationException($"{ChatPlatform.Teams.SecretSetting} is not configured.");
        }

        var authorization = request.Header(HeaderNames.Authorization);
        if (authorization is null || !authorization.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase))
        {
            return ChatProblems.Unauthorized("Missing Teams signature", "Send one 'Authorization: HMAC <base64 HMAC-SHA256 of the body>' header.");
        }

        var buffer = new byte[64];
        if (!Convert.TryFromBase64String(authorization[(Scheme.Length + 1)..].Trim(), buffer, out var written) || written != 32)
        {
            return ChatProblems.Unauthorized("Malformed Teams signature", "The HMAC in the Authorization header must be the base64 of 32 bytes.");
        }

        return CryptographicOperations.FixedTimeEquals(buffer.AsSpan(0, written), Sign(key, request.Body))
            ? null
            : ChatProblems.Unauthorized("Invalid Teams signature", "The HMAC in the Authorization header does not match this body.");
    }

    public static byte[] Sign(byte[] key, byte[] body) => HMACSHA256.HashData(key, body);
}
