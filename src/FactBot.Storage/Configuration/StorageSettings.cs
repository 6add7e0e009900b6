namespace FactBot.Storage.Configuration;

public sealed class StorageSettings
{
    /// <summary>
    /// Azure Table Storage connection string (Azurite, local). Set this or <see cref="TableServiceUri"/>, not both;
    /// neither means the embedded in-memory store.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Table service endpoint (https://account.table.core.windows.net), reached with the host's Microsoft Entra identity
    /// (DefaultAzureCredential): no account key. Set this or <see cref="ConnectionString"/>, not both.
    /// </summary>
    public string? TableServiceUri { get; set; }

    /// <summary>Table holding fact records.</summary>
    public string FactsTable { get; set; } = "Facts";

    /// <summary>Table holding the claim log, one row per check.</summary>
    public string ChecksTable { get; set; } = "Checks";

    /// <summary>Table holding feedback on checks.</summary>
    public string FeedbackTable { get; set; } = "Feedback";

    /// <summary>Table holding answered webhook deliveries, for idempotent redelivery.</summary>
    public string WebhookDeliveriesTable { get; set; } = "WebhookDeliveries";
}
