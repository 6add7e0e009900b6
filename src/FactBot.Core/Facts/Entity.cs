namespace FactBot.Core.Facts;

/// <summary>A person, organisation, role, product or place, with every name a claim may use for it.</summary>
public sealed record Entity(string Id, EntityType Type, string Name, IReadOnlyList<string> Aliases)
{
    // Ids are unique within a snapshot: hashing the id alone keeps equal entities equal-hashed and skips the names.
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}
