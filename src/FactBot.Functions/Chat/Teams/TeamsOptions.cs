using Microsoft.Extensions.Options;

namespace FactBot.Functions.Chat.Teams;

/// <summary>Section <c>FactBot:Teams</c>: the security token Teams shows once when the outgoing webhook is created (base64).</summary>
public sealed class TeamsOptions : IChatPlatformOptions
{
    public const string SectionName = "FactBot:Teams";

    public string? SecurityToken { get; set; }

    public ChatPlatform Platform => ChatPlatform.Teams;

    string? IChatPlatformOptions.Secret => SecurityToken;

    /// <summary>The HMAC key: the bytes the token's base64 encodes; null when the token is not set or not base64.</summary>
    public byte[]? Key()
    {
        if (ChatSecret.StateOf(SecurityToken) != ChatSecretState.Set)
        {
            return null;
        }

        var buffer = new byte[SecurityToken!.Length];
        return Convert.TryFromBase64String(SecurityToken.Trim(), buffer, out var written) && written > 0 ? buffer[..written] : null;
    }
}

/// <summary>On start: a security token, when set, is base64 of at least 16 bytes.</summary>
public sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public const int MinKeyBytes = 16;

    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ChatSecret.StateOf(options.SecurityToken) != ChatSecretState.Set || options.Key() is { Length: >= MinKeyBytes }
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ChatPlatform.Teams.SecretSetting} must be the outgoing webhook's security token: base64 of at least {MinKeyBytes} bytes.");
    }
}
