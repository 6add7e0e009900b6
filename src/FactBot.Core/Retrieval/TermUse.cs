namespace FactBot.Core.Retrieval;

/// <summary>One record's use of a term: in which relation group, and whether as the term, its antonym, or context.</summary>
internal readonly record struct TermUse(int Record, int Group, TermUseKind Kind)
{
    /// <summary>How many tokens of the claim the term itself spans (a term inside a longer one spans fewer).</summary>
    public int Length { get; init; } = 1;
}
