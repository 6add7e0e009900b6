namespace FactBot.Functions.Chat;

/// <summary>What a chat platform's secret setting holds.</summary>
public enum ChatSecretState
{
    /// <summary>Nothing: the platform is off.</summary>
    Missing,

    /// <summary>
    /// The literal text of an Azure Key Vault reference (<c>@Microsoft.KeyVault(...)</c>): App Service could not resolve
    /// it, typically because the secret does not exist yet. The platform is off, not the app.
    /// </summary>
    UnresolvedKeyVaultReference,

    /// <summary>A value, to be validated by the platform's options validator.</summary>
    Set,
}

public static class ChatSecret
{
    private const string KeyVaultReferencePrefix = "@Microsoft.KeyVault(";

    public static ChatSecretState StateOf(string? value) =>
        string.IsNullOrWhiteSpace(value) ? ChatSecretState.Missing
        : value.TrimStart().StartsWith(KeyVaultReferencePrefix, StringComparison.OrdinalIgnoreCase) ? ChatSecretState.UnresolvedKeyVaultReference
        : ChatSecretState.Set;
}
