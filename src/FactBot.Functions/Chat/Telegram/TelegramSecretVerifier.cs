using System.Security.Cryptography;
using System.Text;
using FactBot.Functions.Http;
using Microsoft.Extensions.Options;

namespace FactBot.Functions.Chat.Telegram;

/// <summary>
/// Telegram's webhook check: <c>X-Telegram-Bot-Api-Secret-Token</c> must equal the <c>secret_token</c> given to setWebhook.
/// SHA-256 digests are compared in constant time, so neither the content nor the length of the token leaks through timing.
/// </summary>
public sealed class TelegramSecretVerifier(IOptions<TelegramOptions> options)
{
    public const string Header = "X-Telegram-Bot-Api-Secret-Token";

    private readonly byte[]? expected = ChatSecret.StateOf(options.Value.SecretToken) == ChatSecretState.Set
        ? SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.SecretToken!))
        : null;

    public bool IsConfigured => expected is not null;

    public RequestProblem? Verify(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (expected is null)
        {
            throw new InvalidOperationException($"{ChatPlatform.Telegram.SecretSetting} is not configured.");
        }

        if (request.Header(Header) is not { } token)
        {
            return ChatProblems.Unauthorized("Missing Telegram secret token", $"Send exactly one {Header} header.");
        }

        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), expected)
            ? null
            : ChatProblems.Unauthorized("Invalid Telegram secret token", $"The {Header} header does not match this webhook's secret token.");
    }
}
