using FactBot.Core.Facts;
using FactBot.Core.Store;

namespace FactBot.Application.Facts;

/// <summary>Where fact records live: the embedded seeds in memory, or Azure Table Storage.</summary>
public interface IFactStore
{
    /// <summary>A short name for health reports: "embedded" or "table".</summary>
    string Kind { get; }

    Task<FactSnapshot> LoadAsync(CancellationToken cancellationToken);

    Task<FactRecord?> FindAsync(string factId, CancellationToken cancellationToken);

    /// <summary>A page of at most <paramref name="pageSize"/> records, in a stable order; the token comes from the previous page.</summary>
    Task<FactPage> ListAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken);
}
