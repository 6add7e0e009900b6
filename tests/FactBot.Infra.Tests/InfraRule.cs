using FactBot.Infra.Tests.Arm;
using FactBot.Infra.Tests.Rules;

namespace FactBot.Infra.Tests;

/// <summary>A property every deployment of infra/main.bicep must have, checked on the compiled ARM JSON.</summary>
internal sealed record InfraRule(string Name, Func<ArmTemplate, IEnumerable<string>> Check)
{
    public static readonly IReadOnlyList<InfraRule> All =
    [
        new("the function app has a managed identity for Key Vault references and its deployment storage", IdentityRules.ManagedIdentity),
        new("storage refuses shared keys and Application Insights refuses instrumentation keys", IdentityRules.NoLocalAuthentication),
        new("no account key, SAS or key-bearing connection string appears anywhere", AccountKeyRules.NoAccountKey),
        new("every role assignment is a needed role on one resource, never the resource group", RoleAssignmentRules.NarrowestScope),
        new("the app's identity holds its four roles and the developer an optional table role", RoleAssignmentRules.RequiredGrants),
        new("the function app is HTTPS only, TLS 1.2+, without FTP or basic-auth publishing", TransportRules.FunctionApp),
        new("the storage account is HTTPS only, TLS 1.2+, without public blob access", TransportRules.StorageAccount),
        new("app settings reach storage and telemetry by identity, with no connection string", AppSettingsRules.IdentityBasedSettings),
        new("the webhook and chat secrets are Key Vault references", AppSettingsRules.SecretsAreKeyVaultReferences),
        new("secret values come only from secure parameters", SecretRules.ValuesFromSecureParameters),
        new("no output exposes a secret", SecretRules.NoSecretOutputs),
    ];

    public static InfraRule Named(string name) => All.Single(r => r.Name == name);

    public IReadOnlyList<string> Violations(ArmTemplate template) => Check(template).ToList();

    public override string ToString() => Name;
}
