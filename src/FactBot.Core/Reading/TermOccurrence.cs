using FactBot.Core.Retrieval;

namespace FactBot.Core.Reading;

/// <summary>Tokens of a claim that spell an indexed term, and every record use of that term.</summary>
internal sealed record TermOccurrence(int Start, int End, IReadOnlyList<TermUse> Uses)
{
    /// <summary>True when some record uses it as a relation word: then the claim says something a supporting record must cover.</summary>
    public bool IsRelationWord { get; } = Uses.Any(u => u.Kind != TermUseKind.Context);

    // Hashed by its span only (equal occurrences share it): hashing the uses list costs more than the lookups.
    public override int GetHashCode() => HashCode.Combine(Start, End);
}
