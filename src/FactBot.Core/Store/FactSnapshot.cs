using System.Security.Cryptography;
using System.Text.Json;
using FactBot.Core.Facts;
using FactBot.Core.Serialization;

namespace FactBot.Core.Store;

/// <summary>
/// An immutable set of fact records, with the entities the seeds know beyond those the records name, and a content
/// version: the same records and entities give the same version whichever store they came from.
/// </summary>
public sealed class FactSnapshot
{
    private readonly Dictionary<string, FactRecord> byId;

    private FactSnapshot(IReadOnlyList<FactRecord> facts, IReadOnlyList<Entity> knownEntities, string version)
    {
        Facts = facts;
        KnownEntities = knownEntities;
        Version = version;
        byId = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<FactRecord> Facts { get; }

    /// <summary>Every entity of the seeds, by id, including the well-known ones no record names (seeds/shared).</summary>
    public IReadOnlyList<Entity> KnownEntities { get; }

    public string Version { get; }

    public static FactSnapshot Create(IEnumerable<FactRecord> facts, IEnumerable<Entity>? knownEntities = null)
    {
        var ordered = facts.OrderBy(f => f.Source.Id, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal).ToArray();
        var entities = (knownEntities ?? []).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var fact in ordered)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(fact, FactJsonContext.Default.FactRecord));
        }

        foreach (var entity in entities)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(entity, FactJsonContext.Default.Entity));
        }

        return new FactSnapshot(ordered, entities, Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
    }

    public FactRecord? Find(string id) => byId.GetValueOrDefault(id);
}
