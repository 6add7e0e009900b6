using FactBot.Core.Facts;
using FactBot.Core.Seeds;
using FactBot.Core.Store;

namespace FactBot.Application.Facts;

/// <summary>The embedded store: the records and known entities of a seeds folder, held in memory.</summary>
public sealed class InMemoryFactStore(FactSnapshot snapshot) : IFactStore
{
    public string Kind => "embedded";

    public static InMemoryFactStore FromSeeds(SeedSet seeds) => new(FactSnapshot.Create(seeds.Facts, seeds.KnownEntities));

    public static InMemoryFactStore FromDirectory(string directory) => FromSeeds(SeedLoader.LoadDirectory(directory));

    public Task<FactSnapshot> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(snapshot);

    public Task<FactRecord?> FindAsync(string factId, CancellationToken cancellationToken) => Task.FromResult(snapshot.Find(factId));

    // The token is the offset of the next record in the snapshot's stable (source, id) order.
    public Task<FactPage> ListAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var offset = 0;
        if (continuationToken is not null && (!int.TryParse(continuationToken, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out offset) || offset > snapshot.Facts.Count))
        {
            throw new ArgumentException("The continuation token is not one this store issued.", nameof(continuationToken));
        }

        var facts = snapshot.Facts.Skip(offset).Take(pageSize).ToArray();
        var next = offset + facts.Length;
        return Task.FromResult(new FactPage(facts, next < snapshot.Facts.Count ? next.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
    }
}
