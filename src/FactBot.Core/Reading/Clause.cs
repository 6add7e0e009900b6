namespace FactBot.Core.Reading;

/// <summary>
/// A clause of a claim (the whole claim when it is not compound): its mentions and terms, how many negations it
/// holds, and the subject it borrowed from the clause before ("Ada pledged $1bn but gave only $100m").
/// </summary>
internal sealed record Clause(
    int From,
    int To,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<TermOccurrence> Terms,
    int Negations,
    IReadOnlyList<Mention> Inherited)
{
    public static Clause Of(ClaimReading claim, int from, int to, IReadOnlyList<Mention> inherited) => new(
        from,
        to,
        claim.Mentions.Where(m => m.Start >= from && m.End <= to).ToArray(),
        claim.Terms.Where(t => t.Start >= from && t.End <= to).ToArray(),
        claim.Negations.Count(n => n >= from && n < to),
        inherited);
}
