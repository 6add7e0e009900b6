using System.Text.Json.Nodes;
using FactBot.Infra.Tests.Arm;
using FactBot.Infra.Tests.Rules;

namespace FactBot.Infra.Tests;

/// <summary>A change to the compiled template that one rule must catch: the proof that the rule can fail.</summary>
internal sealed record InfraMutation(string Name, string Rule, Action<ArmTemplate> Apply)
{
    private const string Storage = "Microsoft.Storage/storageAccounts";
    private const string Site = "Microsoft.Web/sites";
    private const string RoleAssignments = "Microsoft.Authorization/roleAssignments";
    private const string AppInsightsLocalAuthOff = "appInsightsDisableLocalAuth";

    public static readonly IReadOnlyList<InfraMutation> All =
    [
        new("shared-key access turned back on", RuleOf(IdentityRules.NoLocalAuthentication),
            t => t.Single(Storage).Set("allowSharedKeyAccess", true)),
        new("Application Insights accepting instrumentation keys by default", RuleOf(IdentityRules.NoLocalAuthentication),
            t => t.Main.Parameters[AppInsightsLocalAuthOff]!["defaultValue"] = false),
        new("a listKeys() connection string in an app setting", RuleOf(AccountKeyRules.NoAccountKey),
            t => AppSettings(t)["FactBot__Storage__ConnectionString"] =
                "[format('DefaultEndpointsProtocol=https;AccountName={0};AccountKey={1}', variables('storageAccountName'), listKeys(resourceId('Microsoft.Storage/storageAccounts', variables('storageAccountName')), '2024-01-01').keys[0].value)]"),
        new("the host's storage as a connection string", RuleOf(AppSettingsRules.IdentityBasedSettings),
            t => AppSettings(t)["AzureWebJobsStorage"] = "[parameters('hostStorage')]"),
        new("FactBot's tables through a connection string instead of the table endpoint", RuleOf(AppSettingsRules.IdentityBasedSettings),
            t => AppSettings(t).Remove("FactBot__Storage__TableServiceUri")),
        new("the app's table role on the whole resource group", RuleOf(RoleAssignmentRules.NarrowestScope),
            t => AppRole(t, BuiltInRole.StorageTableDataContributor).Node.Remove("scope")),
        new("Contributor instead of a data role", RuleOf(RoleAssignmentRules.NarrowestScope),
            t => AppRole(t, BuiltInRole.StorageBlobDataOwner).Set("roleDefinitionId",
                "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b24988ac-6180-42a0-ab88-20f7382dd24c')]")),
        new("Key Vault Secrets User on the storage account", RuleOf(RoleAssignmentRules.NarrowestScope),
            t => AppRole(t, BuiltInRole.KeyVaultSecretsUser).Node["scope"] =
                "[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]"),
        new("the app's Monitoring Metrics Publisher role dropped", RuleOf(RoleAssignmentRules.RequiredGrants),
            t => AppRole(t, BuiltInRole.MonitoringMetricsPublisher).Remove()),
        new("the developer's seed role dropped", RuleOf(RoleAssignmentRules.RequiredGrants),
            t => t.OfType(RoleAssignments).Single(r => r.IsConditional).Remove()),
        new("HTTP allowed on the function app", RuleOf(TransportRules.FunctionApp),
            t => t.Single(Site).Set("httpsOnly", false)),
        new("TLS 1.0 on the function app", RuleOf(TransportRules.FunctionApp),
            t => t.Single(Site).Set("siteConfig.minTlsVersion", "1.0")),
        new("FTPS allowed on the function app", RuleOf(TransportRules.FunctionApp),
            t => t.Single(Site).Set("siteConfig.ftpsState", "FtpsOnly")),
        new("FTP basic-auth credentials allowed", RuleOf(TransportRules.FunctionApp),
            t => t.Single("Microsoft.Web/sites/basicPublishingCredentialsPolicies", p => p.IsNamed("ftp")).Set("allow", true)),
        new("TLS 1.0 on the storage account", RuleOf(TransportRules.StorageAccount),
            t => t.Single(Storage).Set("minimumTlsVersion", "TLS1_0")),
        new("public blob access on the storage account", RuleOf(TransportRules.StorageAccount),
            t => t.Single(Storage).Set("allowBlobPublicAccess", true)),
        new("no managed identity on the function app", RuleOf(IdentityRules.ManagedIdentity),
            t => t.Single(Site).Node.Remove("identity")),
        new("the deployment package read with a storage connection string", RuleOf(IdentityRules.ManagedIdentity),
            t => t.Single(Site).Set("functionAppConfig.deployment.storage.authentication.type", "StorageAccountConnectionString")),
        new("the webhook secret as a plain app setting", RuleOf(AppSettingsRules.SecretsAreKeyVaultReferences),
            t => AppSettings(t)["FactBot__Webhook__Secret"] = "whsec_c2VjcmV0LWluLXRoZS10ZW1wbGF0ZQ=="),
        new("a secret value written in the template", RuleOf(SecretRules.ValuesFromSecureParameters),
            t => t.Main.Variables["secretValues"]!["FactBot--Webhook--Secret"] = "whsec_c2VjcmV0LWluLXRoZS10ZW1wbGF0ZQ=="),
        new("the webhook secret parameter no longer secure", RuleOf(SecretRules.ValuesFromSecureParameters),
            t => t.Main.Parameters["webhookSecret"]!["type"] = "string"),
        new("an output echoing the webhook secret", RuleOf(SecretRules.NoSecretOutputs),
            t => t.Main.Outputs["WEBHOOK_SECRET"] = new JsonObject { ["type"] = "string", ["value"] = "[parameters('webhookSecret')]" }),
    ];

    public static InfraMutation Named(string name) => All.Single(m => m.Name == name);

    public override string ToString() => Name;

    private static string RuleOf(Func<ArmTemplate, IEnumerable<string>> check) =>
        InfraRule.All.Single(r => r.Check == check).Name;

    private static JsonObject AppSettings(ArmTemplate template) =>
        template.Single("Microsoft.Web/sites/config", c => c.IsNamed("appsettings")).Properties;

    private static ArmResource AppRole(ArmTemplate template, BuiltInRole role) =>
        template.OfType(RoleAssignments).Single(r => !r.IsConditional && new RoleAssignment(r).Role == role);
}
