namespace FactBot.Storage;

/// <summary>What one seeding run changed in the table.</summary>
public sealed record SeedReport(int Added, int Updated, int Deleted, int Unchanged)
{
    public bool Changed => Added + Updated + Deleted > 0;
}
