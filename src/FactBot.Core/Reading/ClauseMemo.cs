namespace FactBot.Core.Reading;

/// <summary>
/// What is asked of a clause for every record weighed against it, computed once. A <c>with</c> copy of the clause keeps
/// its tokens and shares the memo (it is a reference, so the copy still compares equal to its original).
/// </summary>
internal sealed class ClauseMemo
{
    public int[]? Indices { get; set; }

    /// <summary>"only", "alone", "seul": the claim says the names given are all there are.</summary>
    public bool? SaysOnly { get; set; }

    /// <summary>"in total", "au total": the amount is a sum.</summary>
    public bool? SaysTotal { get; set; }

    /// <summary>"first", "began", "seulement depuis": the words of the clause that date when something started.</summary>
    public IReadOnlySet<int>? OnsetWords { get; set; }
}
