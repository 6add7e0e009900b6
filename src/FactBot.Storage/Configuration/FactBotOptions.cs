namespace FactBot.Storage.Configuration;

/// <summary>All of FactBot's settings, bound from the "FactBot" configuration section and validated on start.</summary>
public sealed class FactBotOptions
{
    public const string SectionName = "FactBot";

    public StorageSettings Storage { get; set; } = new();

    public SeedSettings Seeds { get; set; } = new();

    public EmbeddedStoreSettings Embedded { get; set; } = new();
}
