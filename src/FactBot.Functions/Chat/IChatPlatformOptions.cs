namespace FactBot.Functions.Chat;

/// <summary>A chat platform's settings: which platform, and the secret that authenticates its requests.</summary>
public interface IChatPlatformOptions
{
    ChatPlatform Platform { get; }

    string? Secret { get; }

    ChatSecretState SecretState => ChatSecret.StateOf(Secret);
}
