using FactBot.Core.Seeds;

namespace FactBot.Storage;

/// <summary>Makes the Facts table hold exactly the given seeds: upserts what changed, deletes rows no longer seeded.</summary>
public interface IFactSeeder
{
    Task<SeedReport> SeedAsync(SeedSet seeds, CancellationToken cancellationToken);
}
