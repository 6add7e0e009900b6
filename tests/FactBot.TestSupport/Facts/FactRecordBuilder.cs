using FactBot.Core.Facts;

namespace FactBot.TestSupport.Facts;

/// <summary>
/// Synthetic, self-consistent fact records for tests that need records but not the real seeds:
/// every field is filled, and each <c>With…</c> changes one thing.
/// </summary>
public sealed class FactRecordBuilder
{
    private string id = "acme-founded-1999";
    private SourceInfo source = new("test-source", "A test article", "2024-01", Language.English);
    private string sentence = "Acme was founded in 1999 by Jane Doe.";
    private Polarity polarity = Polarity.Positive;
    private int year = 1999;
    private LocalizedText summary = new("Acme was founded in 1999.", "Acme a été fondée en 1999.");
    private LocalizedText? hedge;

    public FactRecordBuilder WithId(string value)
    {
        id = value;
        return this;
    }

    public FactRecordBuilder WithSource(string sourceId, string title = "A test article", string published = "2024-01")
    {
        source = new SourceInfo(sourceId, title, published, Language.English);
        return this;
    }

    public FactRecordBuilder WithSentence(string value)
    {
        sentence = value;
        return this;
    }

    public FactRecordBuilder WithPolarity(Polarity value)
    {
        polarity = value;
        return this;
    }

    public FactRecordBuilder WithYear(int value)
    {
        year = value;
        return this;
    }

    public FactRecordBuilder WithSummary(string english, string french)
    {
        summary = new LocalizedText(english, french);
        return this;
    }

    public FactRecordBuilder WithHedge(string english, string french)
    {
        hedge = new LocalizedText(english, french);
        return this;
    }

    public FactRecord Build()
    {
        var found = new TermGroup("found", new TermSet(["found", "founded"], ["fonder", "fondée"]), TermSet.Empty);
        var acme = new Entity("acme", EntityType.Organisation, "Acme", ["Acme", "Acme Corp"]);
        var jane = new Entity("jane-doe", EntityType.Person, "Jane Doe", ["Jane Doe", "Doe"]);
        Slot[] slots =
        [
            new("organisation", SlotType.Organisation, SlotMatch.Key, SlotRole.Patient, [new SlotValue { Entity = acme.Id }], new LocalizedText("the organisation", "l'organisation")),
            new("founder", SlotType.Person, SlotMatch.Partial, SlotRole.Agent, [new SlotValue { Entity = jane.Id }], new LocalizedText("the founder", "le fondateur")),
            new("year", SlotType.Year, SlotMatch.Exclusive, SlotRole.None, [new SlotValue { Year = year }], new LocalizedText("the year", "l'année")),
        ];
        return new FactRecord(id, source, sentence, [found], TermSet.Empty, polarity, slots, [acme, jane], summary, null, hedge);
    }

    /// <summary><paramref name="count"/> distinct records of one source, ids <c>{prefix}-0</c>, <c>{prefix}-1</c>, …</summary>
    public static IReadOnlyList<FactRecord> Many(int count, string sourceId = "test-source", string prefix = "fact") =>
        Enumerable.Range(0, count)
            .Select(i => new FactRecordBuilder().WithSource(sourceId).WithId($"{prefix}-{i}").WithSentence($"Acme opened office number {i}.").WithYear(1990 + (i % 30)).Build())
            .ToList();
}
