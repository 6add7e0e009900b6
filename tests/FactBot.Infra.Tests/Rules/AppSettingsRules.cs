using System.Text.Json.Nodes;
using FactBot.Infra.Tests.Arm;

namespace FactBot.Infra.Tests.Rules;

/// <summary>What the function app is configured with: identity-based storage and telemetry, Key Vault references for secrets.</summary>
internal static class AppSettingsRules
{
    /// <summary>The webhook and chat secrets, by Key Vault secret name ('--' stands for ':' in configuration).</summary>
    public static readonly IReadOnlyList<string> SecretNames =
    [
        "FactBot--Webhook--Secret",
        "FactBot--Slack--SigningSecret",
        "FactBot--Teams--SecurityToken",
        "FactBot--Telegram--SecretToken",
        "FactBot--Discord--PublicKey",
    ];

    // Settings that carry or imply a key, or that Flex Consumption rejects.
    private static readonly string[] Forbidden =
    [
        "AzureWebJobsStorage", "FactBot__Storage__ConnectionString", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING",
        "APPINSIGHTS_INSTRUMENTATIONKEY", "FUNCTIONS_WORKER_RUNTIME",
    ];

    public static IEnumerable<string> IdentityBasedSettings(ArmTemplate template)
    {
        if (Settings(template) is not { } settings)
        {
            yield return "no Microsoft.Web/sites/config 'appsettings' resource";
            yield break;
        }

        foreach (var name in Forbidden.Where(settings.ContainsKey))
        {
            yield return $"app setting {name} is set";
        }

        foreach (var (name, expected) in new (string, string?)[]
        {
            ("AzureWebJobsStorage__accountName", null),
            ("AzureWebJobsStorage__credential", "managedidentity"),
            ("APPLICATIONINSIGHTS_CONNECTION_STRING", null),
            ("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "Authorization=AAD"),
        })
        {
            var value = settings[name]?.ToString();
            if (value is null || (expected is not null && value != expected))
            {
                yield return $"app setting {name} is '{value}', expected {expected ?? "a value"}";
            }
        }

        foreach (var problem in TableServiceUri(template, settings))
        {
            yield return problem;
        }
    }

    /// <summary>Each webhook and chat secret is a versionless Key Vault reference to the secret of the same name.</summary>
    public static IEnumerable<string> SecretsAreKeyVaultReferences(ArmTemplate template)
    {
        var settings = Settings(template) ?? [];
        foreach (var secret in SecretNames)
        {
            var setting = secret.Replace("--", "__", StringComparison.Ordinal);
            var value = settings[setting]?.ToString() ?? "";
            if (!value.Contains("@Microsoft.KeyVault(SecretUri=", StringComparison.Ordinal) || !value.Contains($"{secret})", StringComparison.Ordinal))
            {
                yield return $"app setting {setting} is not a versionless Key Vault reference to secret {secret}: '{value}'";
            }
        }
    }

    private static IEnumerable<string> TableServiceUri(ArmTemplate template, JsonObject settings)
    {
        var value = settings["FactBot__Storage__TableServiceUri"]?.ToString() ?? "";
        var output = template.Module("factbot-storage").Outputs["tableServiceUri"]?["value"]?.ToString() ?? "";
        if (!value.Contains("outputs.tableServiceUri", StringComparison.Ordinal) || !output.Contains(".table.", StringComparison.Ordinal))
        {
            yield return $"FactBot__Storage__TableServiceUri is '{value}', not the storage account's table endpoint";
        }
    }

    private static JsonObject? Settings(ArmTemplate template) =>
        template.OfType("Microsoft.Web/sites/config").FirstOrDefault(c => c.IsNamed("appsettings"))?.Properties;
}
