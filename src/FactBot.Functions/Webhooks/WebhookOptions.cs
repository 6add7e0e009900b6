using Microsoft.Extensions.Options;

namespace FactBot.Functions.Webhooks;

/// <summary>
/// The webhook's settings (section <c>FactBot:Webhook</c>). <see cref="Secret"/> is a Standard Webhooks secret,
/// <c>whsec_</c> followed by the base64 key; empty means the webhook route is off and answers 503 "Webhook not configured".
/// </summary>
public sealed class WebhookOptions
{
    public const string SectionName = "FactBot:Webhook";

    public const string SecretPrefix = "whsec_";

    /// <summary>The shortest key accepted, in bytes: what Standard Webhooks' secret generators give (24 to 64 bytes).</summary>
    public const int MinKeyBytes = 24;

    public string? Secret { get; set; }

    /// <summary>The HMAC key: the bytes the base64 after <c>whsec_</c> encodes, or null when no secret is set, it is not base64, or it is shorter than <see cref="MinKeyBytes"/>.</summary>
    public byte[]? Key()
    {
        if (string.IsNullOrWhiteSpace(Secret) || !Secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var encoded = Secret[SecretPrefix.Length..];
        var buffer = new byte[encoded.Length];
        return Convert.TryFromBase64String(encoded, buffer, out var written) && written >= MinKeyBytes ? buffer[..written] : null;
    }
}

/// <summary>On start: a webhook secret, when set, must be <c>whsec_</c> + the base64 of at least 24 bytes.</summary>
public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Secret))
        {
            return ValidateOptionsResult.Success;
        }

        if (!options.Secret.StartsWith(WebhookOptions.SecretPrefix, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail($"{WebhookOptions.SectionName}:Secret must start with '{WebhookOptions.SecretPrefix}' (Standard Webhooks secret format).");
        }

        return options.Key() is null
            ? ValidateOptionsResult.Fail(
                $"{WebhookOptions.SectionName}:Secret must be '{WebhookOptions.SecretPrefix}' followed by the base64 of a key of at least {WebhookOptions.MinKeyBytes} bytes "
                + $"(e.g. '{WebhookOptions.SecretPrefix}' + the output of 'openssl rand -base64 32').")
            : ValidateOptionsResult.Success;
    }
}
