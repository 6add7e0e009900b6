namespace FactBot.Core.Comparison;

internal enum OutcomeKind
{
    NotApplicable,
    Supports,
    Contradicts,

    /// <summary>The record is about this, but neither confirms nor refutes it (a value outside a partial list).</summary>
    Undecided,
}
