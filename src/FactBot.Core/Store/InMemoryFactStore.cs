using FactBot.Core.Facts;
using FactBot.Core.Seeds;

namespace FactBot.Core.Store;

/// <summary>The embedded store: the records of a seeds folder, held in memory.</summary>
public sealed class InMemoryFactStore(FactSnapshot snapshot) : IFactStore
{
    public string Kind => "embedded";

    public static InMemoryFactStore FromSeeds(SeedSet seeds) => new(FactSnapshot.Create(seeds.Facts));

    public static InMemoryFactStore FromDirectory(string directory) => FromSeeds(SeedLoader.LoadDirectory(directory));

    public Task<FactSnapshot> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(snapshot);

    public Task<FactRecord?> FindAsync(string factId, CancellationToken cancellationToken) => Task.FromResult(snapshot.Find(factId));
}
