using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace FactBot.Functions.Chat.Discord;

/// <summary>Section <c>FactBot:Discord</c>: the application's Ed25519 public key (General Information → Public Key, 64 hex digits).</summary>
public sealed class DiscordOptions : IChatPlatformOptions
{
    public const string SectionName = "FactBot:Discord";

    public string? PublicKey { get; set; }

    public ChatPlatform Platform => ChatPlatform.Discord;

    string? IChatPlatformOptions.Secret => PublicKey;

    /// <summary>The key, or null when none is set or it is not 32 bytes of hex that Ed25519 accepts.</summary>
    public NSec.Cryptography.PublicKey? Key()
    {
        if (ChatSecret.StateOf(PublicKey) != ChatSecretState.Set)
        {
            return null;
        }

        var hex = PublicKey!.Trim();
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return NSec.Cryptography.PublicKey.TryImport(SignatureAlgorithm.Ed25519, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey, out var key)
            ? key
            : null;
    }
}

/// <summary>On start: a public key, when set, is 64 hex digits of an Ed25519 key.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ChatSecret.StateOf(options.PublicKey) != ChatSecretState.Set || options.Key() is not null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ChatPlatform.Discord.SecretSetting} must be the application's public key: 64 hex digits (Ed25519).");
    }
}
