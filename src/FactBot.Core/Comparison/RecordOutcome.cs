using System.Collections.Frozen;
using FactBot.Core.Facts;
using FactBot.Core.Reading;

namespace FactBot.Core.Comparison;

/// <summary>How one record bears on one claim (or one part of a compound claim).</summary>
internal sealed record RecordOutcome(
    FactRecord Record,
    OutcomeKind Kind,
    double Score,
    ContradictionKind Contradiction,
    SlotClash? Clash,
    IReadOnlySet<Mention> Covered,
    IReadOnlySet<TermOccurrence> CoveredTerms,
    IReadOnlyList<Mention> Undecided,
    int MatchedSlots)
{
    /// <summary>The record's place in the snapshot, the last tie-breaker.</summary>
    public int Order { get; init; }

    /// <summary>The claim's words this record reads as its relation (not as mere context).</summary>
    public IReadOnlySet<TermOccurrence> RelationTerms { get; init; } = FrozenSet<TermOccurrence>.Empty;

    /// <summary>The claim's verb that told the relation from the patient's side ("received"), read as the record's; -1 when none.</summary>
    public int Converse { get; init; } = -1;

    /// <summary>For a contradiction of order: the record whose event the claim put in the wrong place.</summary>
    public RecordOutcome? OrderedAgainst { get; init; }
}
