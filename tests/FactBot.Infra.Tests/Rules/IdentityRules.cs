using FactBot.Infra.Tests.Arm;

namespace FactBot.Infra.Tests.Rules;

/// <summary>The function app reaches storage, Key Vault and Application Insights with its managed identity.</summary>
internal static class IdentityRules
{
    public static IEnumerable<string> ManagedIdentity(ArmTemplate template)
    {
        foreach (var site in template.OfType("Microsoft.Web/sites"))
        {
            var identity = site.Context.Resolve(site.Node["identity"]?["type"])?.ToString() ?? "";
            if (!identity.Contains("Assigned", StringComparison.Ordinal))
            {
                yield return $"{site}: has no managed identity (identity.type '{identity}')";
            }

            if (site.Property("keyVaultReferenceIdentity") is null)
            {
                yield return $"{site}: keyVaultReferenceIdentity is not set, so Key Vault references have no identity to resolve with";
            }

            var deployment = site.Property("functionAppConfig.deployment.storage.authentication.type")?.ToString();
            if (deployment is not ("SystemAssignedIdentity" or "UserAssignedIdentity"))
            {
                yield return $"{site}: the Flex Consumption deployment storage authenticates with '{deployment}', not a managed identity";
            }
        }
    }

    /// <summary>No shared key works against the storage account, and Application Insights refuses instrumentation-key ingestion.</summary>
    public static IEnumerable<string> NoLocalAuthentication(ArmTemplate template)
    {
        if (!template.OfType("Microsoft.Storage/storageAccounts").Any() || !template.OfType("Microsoft.Insights/components").Any())
        {
            yield return "no storage account or Application Insights component to check";
        }

        foreach (var account in template.OfType("Microsoft.Storage/storageAccounts"))
        {
            if (account.Property("allowSharedKeyAccess")?.ToString() != "false")
            {
                yield return $"{account}: allowSharedKeyAccess is not false, so account keys still work";
            }
        }

        foreach (var component in template.OfType("Microsoft.Insights/components"))
        {
            if (component.Property("DisableLocalAuth")?.ToString() != "true")
            {
                yield return $"{component}: DisableLocalAuth is not true by default, so telemetry can be sent with the instrumentation key alone";
            }
        }
    }
}
