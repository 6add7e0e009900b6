using System.Security.Cryptography;
using System.Text.Json;
using FactBot.Core.Facts;
using FactBot.Core.Serialization;

namespace FactBot.Core.Store;

/// <summary>
/// An immutable set of fact records with a content version: the same records give the same version
/// whichever store they came from.
/// </summary>
public sealed class FactSnapshot
{
    private readonly Dictionary<string, FactRecord> byId;

    private FactSnapshot(IReadOnlyList<FactRecord> facts, string version)
    {
        Facts = facts;
        Version = version;
        byId = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<FactRecord> Facts { get; }

    public string Version { get; }

    public static FactSnapshot Create(IEnumerable<FactRecord> facts)
    {
        var ordered = facts.OrderBy(f => f.Source.Id, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal).ToArray();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var fact in ordered)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(fact, FactJsonContext.Default.FactRecord));
        }

        return new FactSnapshot(ordered, Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
    }

    public FactRecord? Find(string id) => byId.GetValueOrDefault(id);
}
