using FactBot.Infra.Tests.Arm;

namespace FactBot.Infra.Tests.Rules;

/// <summary>HTTPS only, TLS 1.2 or later, no FTP/FTPS, no basic-auth publishing.</summary>
internal static class TransportRules
{
    private static readonly HashSet<string> ModernTls = ["1.2", "1.3"];

    public static IEnumerable<string> FunctionApp(ArmTemplate template)
    {
        var sites = template.OfType("Microsoft.Web/sites").ToList();
        if (sites.Count == 0)
        {
            yield return "no Microsoft.Web/sites resource to check";
        }

        foreach (var site in sites)
        {
            if (site.Property("httpsOnly")?.ToString() != "true")
            {
                yield return $"{site}: httpsOnly is not true";
            }

            if (!ModernTls.Contains(site.Property("siteConfig.minTlsVersion")?.ToString() ?? ""))
            {
                yield return $"{site}: siteConfig.minTlsVersion is not 1.2 or later";
            }

            if (site.Property("siteConfig.scmMinTlsVersion") is { } scmTls && !ModernTls.Contains(scmTls.ToString()))
            {
                yield return $"{site}: siteConfig.scmMinTlsVersion is below 1.2";
            }

            // Flex Consumption takes no siteConfig.ftpsState; when present, it must say Disabled.
            if (site.Property("siteConfig.ftpsState") is { } ftps && ftps.ToString() != "Disabled")
            {
                yield return $"{site}: siteConfig.ftpsState is {ftps}, not Disabled";
            }
        }

        foreach (var endpoint in new[] { "ftp", "scm" })
        {
            var policy = template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").FirstOrDefault(p => p.IsNamed(endpoint));
            if (policy?.Property("allow")?.ToString() != "false")
            {
                yield return $"basic-auth publishing credentials are not refused on the {endpoint} endpoint (FTP/FTPS and deployments must need Entra ID)";
            }
        }
    }

    public static IEnumerable<string> StorageAccount(ArmTemplate template)
    {
        if (!template.OfType("Microsoft.Storage/storageAccounts").Any())
        {
            yield return "no storage account to check";
        }

        foreach (var account in template.OfType("Microsoft.Storage/storageAccounts"))
        {
            if (account.Property("supportsHttpsTrafficOnly")?.ToString() != "true")
            {
                yield return $"{account}: supportsHttpsTrafficOnly is not true";
            }

            if (account.Property("minimumTlsVersion")?.ToString() is not ("TLS1_2" or "TLS1_3"))
            {
                yield return $"{account}: minimumTlsVersion is not TLS1_2 or later";
            }

            if (account.Property("allowBlobPublicAccess")?.ToString() != "false")
            {
                yield return $"{account}: allowBlobPublicAccess is not false";
            }
        }

        foreach (var container in template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"))
        {
            if (container.Property("publicAccess")?.ToString() is { } access && access != "None")
            {
                yield return $"{container}: publicAccess is {access}";
            }
        }
    }
}
