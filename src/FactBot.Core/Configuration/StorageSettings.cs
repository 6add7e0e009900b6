namespace FactBot.Core.Configuration;

public sealed class StorageSettings
{
    /// <summary>Azure Table Storage connection string; empty means the embedded in-memory store.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Table holding fact records.</summary>
    public string FactsTable { get; set; } = "Facts";
}
