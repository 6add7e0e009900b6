using System.Collections.Frozen;

namespace FactBot.Core.Reading;

/// <summary>
/// A clause of a claim (the whole claim when it is not compound): the tokens it holds (a main clause may have a hole
/// where a relative clause sits), its mentions and terms, how many negations it holds, and the subject it borrowed
/// ("Ada pledged $1bn but gave only $100m"; "Ada, who founded Acme, …").
/// </summary>
internal sealed record Clause(
    int From,
    int To,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<TermOccurrence> Terms,
    int Negations,
    IReadOnlyList<Mention> Inherited)
{
    // Null when the clause is every token from From to To.
    private readonly bool[]? members;

    private Clause(bool[] members, int from, int to, IReadOnlyList<Mention> mentions, IReadOnlyList<TermOccurrence> terms, int negations, IReadOnlyList<Mention> inherited)
        : this(from, to, mentions, terms, negations, inherited)
    {
        this.members = members;
    }

    public ClauseKind Kind { get; init; } = ClauseKind.Main;

    /// <summary>True when a pronoun stands for the borrowed subject ("…, but it was …", "mais elle était …").</summary>
    public bool NamesInherited { get; init; }

    /// <summary>Tokens that must be explained even though they are function words: the order words ("after", "then")
    /// of a claim read as one clause, which only a record stating that order explains.</summary>
    public IReadOnlySet<int> Demanded { get; init; } = FrozenSet<int>.Empty;

    /// <summary>Tokens explained by the decision itself, such as a superlative that picked one of several records.</summary>
    public IReadOnlySet<int> Explained { get; init; } = FrozenSet<int>.Empty;

    /// <summary>The names a cleft stresses ("c'est Acme qui …", "it was Ada who …"): they, and no one else, did it.</summary>
    public IReadOnlySet<Mention> Focus { get; init; } = FrozenSet<Mention>.Empty;

    /// <summary>When this clause happened against the clause it hangs on ("after", "then").</summary>
    public OrderMarker Order { get; init; }

    /// <summary>"three years after …": the gap the claim gives, in years.</summary>
    public int? OffsetYears { get; init; }

    /// <summary>"shortly after", "peu de temps avant": a gap of at most about a year.</summary>
    public bool Shortly { get; init; }

    /// <summary>"two weeks after", "quelques mois avant": a gap the records' years cannot check.</summary>
    public bool UnstatedGap { get; init; }

    /// <summary>Answers computed once for every record weighed against this clause.</summary>
    public ClauseMemo Memo { get; } = new();

    public IReadOnlyList<int> Indices => Memo.Indices ??= Enumerable.Range(From, To - From).Where(Contains).ToArray();

    public bool Contains(int index) => members is null ? index >= From && index < To : index >= From && index < To && members[index];

    public static Clause Of(ClaimReading claim, int from, int to, IReadOnlyList<Mention> inherited) => new(
        from,
        to,
        claim.Mentions.Where(m => m.Start >= from && m.End <= to).ToArray(),
        claim.Terms.Where(t => t.Start >= from && t.End <= to).ToArray(),
        claim.Negations.Count(n => n >= from && n < to),
        inherited);

    public static Clause Of(ClaimReading claim, bool[] members, IReadOnlyList<Mention> inherited, ClauseKind kind)
    {
        if (!members.Contains(true))
        {
            return Of(claim, 0, 0, inherited) with { Kind = kind };
        }

        var from = Array.IndexOf(members, true);
        var to = Array.LastIndexOf(members, true) + 1;
        return new Clause(
            members,
            from,
            to,
            claim.Mentions.Where(m => members[m.Start]).ToArray(),
            claim.Terms.Where(t => members[t.Start]).ToArray(),
            claim.Negations.Count(n => members[n]),
            inherited) { Kind = kind };
    }
}
