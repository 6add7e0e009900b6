using FactBot.Core.Checking;
using FactBot.Core.Comparison;
using FactBot.Core.Reading;

namespace FactBot.Core.Decision;

/// <summary>The verdict on one clause, with the deciding record's outcome and what was left unexplained.</summary>
internal sealed record ClauseVerdict(
    Verdict Verdict,
    RecordOutcome? Deciding,
    IReadOnlyList<RecordOutcome> Supporting,
    IReadOnlyList<Mention> Missing,
    bool HasCandidates)
{
    /// <summary>Every record that applied to the clause, for tracing a decision.</summary>
    public IReadOnlyList<RecordOutcome> Outcomes { get; init; } = [];

    /// <summary>The clause this verdict is about.</summary>
    public Clause? Clause { get; init; }

    /// <summary>How many clauses the claim had (for a verdict on the whole claim).</summary>
    public int Clauses { get; init; } = 1;

    /// <summary>A closer record denies the clause, though it may not decide it: reading the claim whole must not hide that.</summary>
    public bool Denied { get; init; }

    /// <summary>For an order contradiction: the other event's record.</summary>
    public RecordOutcome? Against { get; init; }
}
