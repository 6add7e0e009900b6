namespace FactBot.Core.Retrieval;

/// <summary>One record's use of a term: in which relation group, and whether as the term, its antonym, or context.</summary>
internal readonly record struct TermUse(int Record, int Group, TermUseKind Kind)
{
    /// <summary>How many tokens of the claim the term itself spans (a term inside a longer one spans fewer).</summary>
    public int Length { get; init; } = 1;

    /// <summary>The uses without repeats, in their first order (what <c>Distinct().ToArray()</c> gives, without a hash set for a handful).</summary>
    public static TermUse[] Distinct(List<TermUse> uses)
    {
        const int MostScanned = 16;
        if (uses.Count > MostScanned)
        {
            return [.. uses.Distinct()];
        }

        var distinct = new List<TermUse>(uses.Count);
        foreach (var use in uses)
        {
            if (!distinct.Contains(use))
            {
                distinct.Add(use);
            }
        }

        return [.. distinct];
    }
}
