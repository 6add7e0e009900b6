namespace FactBot.Core.Claims;

/// <summary>One record's use of a term: in which relation group, and whether as the term, its antonym, or context.</summary>
internal readonly record struct TermUse(int Record, int Group, TermUseKind Kind);
