namespace FactBot.Core.Facts;

/// <summary>
/// One required part of a relation: a claim expresses the group when it uses one of its terms,
/// or states the opposite when it uses one of its antonyms.
/// </summary>
public sealed record TermGroup(string Id, TermSet Terms, TermSet Antonyms)
{
    /// <summary>
    /// Verbs that tell the relation from the other side ("received an investment from", "granted licences to", "fears",
    /// "s'en fiche"): with one, the clause's subject is the record's patient and the party named after it is its agent.
    /// Kept as a claim's words read (folded, elisions expanded).
    /// </summary>
    public TermSet Converses { get; init; } = TermSet.Empty;

    /// <summary>
    /// Terms (also in <see cref="Terms"/>) that express the relation only when the claim names an amount: "dropped
    /// $10bn into" is investing, "dropped Acme" is not.
    /// </summary>
    public TermSet WithAmount { get; init; } = TermSet.Empty;

    /// <summary>
    /// A group a clause in the past tense expresses without any of its terms: "Acme was a non-profit" says what it was
    /// at first as much as "Acme began as a non-profit" does.
    /// </summary>
    public bool ImpliedByPast { get; init; }
}
