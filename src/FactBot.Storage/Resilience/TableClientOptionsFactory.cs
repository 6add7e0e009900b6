using Azure.Data.Tables;

namespace FactBot.Storage.Resilience;

/// <summary>Client options for every <see cref="TableServiceClient"/> FactBot makes.</summary>
public static class TableClientOptionsFactory
{
    public static TableClientOptions Create()
    {
        var options = new TableClientOptions();

        // Polly owns retries (StorageResilience): two retry layers would multiply attempts and hide them from our logs.
        options.Retry.MaxRetries = 0;
        return options;
    }
}
