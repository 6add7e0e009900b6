namespace FactBot.Infra.Tests.Rules;

/// <summary>An Azure built-in role FactBot's deployment may assign, and the resource types it may be scoped to.</summary>
internal sealed record BuiltInRole(string Name, Guid Id, IReadOnlySet<string> Scopes)
{
    private const string StorageAccount = "Microsoft.Storage/storageAccounts";

    public static readonly BuiltInRole StorageBlobDataOwner = new(
        "Storage Blob Data Owner",
        Guid.Parse("b7e6dc6d-f1e8-4753-8033-0f276bb0955b"),
        Set(StorageAccount, $"{StorageAccount}/blobServices", $"{StorageAccount}/blobServices/containers"));

    public static readonly BuiltInRole StorageTableDataContributor = new(
        "Storage Table Data Contributor",
        Guid.Parse("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"),
        Set(StorageAccount, $"{StorageAccount}/tableServices", $"{StorageAccount}/tableServices/tables"));

    public static readonly BuiltInRole KeyVaultSecretsUser = new(
        "Key Vault Secrets User",
        Guid.Parse("4633458b-17de-408a-b874-0445c86b69e6"),
        Set("Microsoft.KeyVault/vaults", "Microsoft.KeyVault/vaults/secrets"));

    public static readonly BuiltInRole MonitoringMetricsPublisher = new(
        "Monitoring Metrics Publisher",
        Guid.Parse("3913510d-42f4-4e42-8a64-420c390055eb"),
        Set("Microsoft.Insights/components"));

    /// <summary>Every role the app or the developer needs; anything else (Owner, Contributor, ...) is too much.</summary>
    public static readonly IReadOnlyList<BuiltInRole> Allowed =
        [StorageBlobDataOwner, StorageTableDataContributor, KeyVaultSecretsUser, MonitoringMetricsPublisher];

    private static HashSet<string> Set(params string[] types) => new(types, StringComparer.OrdinalIgnoreCase);
}
