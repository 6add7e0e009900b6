namespace FactBot.Storage.Configuration;

public sealed class SeedSettings
{
    /// <summary>Folder of seed files; empty means: find seeds/ from the working directory upward, else beside the program.</summary>
    public string? Path { get; set; }
}
