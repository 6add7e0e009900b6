using Microsoft.Extensions.Options;

namespace FactBot.Functions.Chat.Telegram;

/// <summary>Section <c>FactBot:Telegram</c>: the <c>secret_token</c> given to <c>setWebhook</c>, which Telegram sends back in a header.</summary>
public sealed class TelegramOptions : IChatPlatformOptions
{
    public const string SectionName = "FactBot:Telegram";

    public string? SecretToken { get; set; }

    public ChatPlatform Platform => ChatPlatform.Telegram;

    string? IChatPlatformOptions.Secret => SecretToken;
}

/// <summary>
/// On start: a secret token, when set, follows Telegram's rule (1–256 of A–Z, a–z, 0–9, _ and -), and has at least
/// 16 characters, so that it cannot be guessed.
/// </summary>
public sealed class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public const int MinLength = 16;

    public const int MaxLength = 256;

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var token = options.SecretToken;
        return ChatSecret.StateOf(token) != ChatSecretState.Set
            || (token!.Length is >= MinLength and <= MaxLength && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{ChatPlatform.Telegram.SecretSetting} must be {MinLength} to {MaxLength} characters of A-Z, a-z, 0-9, _ and - (the setWebhook secret_token).");
    }
}
