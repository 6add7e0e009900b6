using Microsoft.Extensions.Options;

namespace FactBot.Functions.Chat.Slack;

/// <summary>Section <c>FactBot:Slack</c>: the Slack app's signing secret (Basic Information → App Credentials).</summary>
public sealed class SlackOptions : IChatPlatformOptions
{
    public const string SectionName = "FactBot:Slack";

    public string? SigningSecret { get; set; }

    public ChatPlatform Platform => ChatPlatform.Slack;

    string? IChatPlatformOptions.Secret => SigningSecret;
}

/// <summary>On start: a signing secret, when set, is 16–256 printable ASCII characters without spaces.</summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var secret = options.SigningSecret;
        return ChatSecret.StateOf(secret) != ChatSecretState.Set || (secret!.Length is >= 16 and <= 256 && secret.All(c => c is > ' ' and <= '~'))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ChatPlatform.Slack.SecretSetting} must be the app's signing secret: 16 to 256 printable ASCII characters, no spaces.");
    }
}
