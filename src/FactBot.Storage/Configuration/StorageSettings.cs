namespace FactBot.Storage.Configuration;

public sealed class StorageSettings
{
    /// <summary>Azure Table Storage connection string; empty means the embedded in-memory store.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Table holding fact records.</summary>
    public string FactsTable { get; set; } = "Facts";

    /// <summary>Table holding the claim log, one row per check.</summary>
    public string ChecksTable { get; set; } = "Checks";

    /// <summary>Table holding feedback on checks.</summary>
    public string FeedbackTable { get; set; } = "Feedback";

    /// <summary>Table holding answered webhook deliveries, for idempotent redelivery.</summary>
    public string WebhookDeliveriesTable { get; set; } = "WebhookDeliveries";
}
