namespace FactBot.Core.Facts;

/// <summary>
/// One curated fact: the verbatim sentence that states it, its relation (the words that express it), typed slots,
/// polarity and any attribution or hedge. A record is self-contained: it carries the entities it names.
/// </summary>
public sealed record FactRecord(
    string Id,
    SourceInfo Source,
    string Sentence,
    IReadOnlyList<TermGroup> Relation,
    TermSet Context,
    Polarity Polarity,
    IReadOnlyList<Slot> Slots,
    IReadOnlyList<Entity> Entities,
    LocalizedText Summary,
    LocalizedText? Attribution,
    LocalizedText? Hedge)
{
    /// <summary>Ids of the records whose events came before this one's, when the article says so without dates.</summary>
    public IReadOnlyList<string> After { get; init; } = [];

    /// <summary>
    /// The record says how things stand at the article's date ("no longer has anything to do with"): it says nothing
    /// of the past, so a claim that something held then ("was involved") is not about it.
    /// </summary>
    public bool Current { get; init; }
}
