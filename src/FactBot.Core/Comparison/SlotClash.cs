using FactBot.Core.Facts;
using FactBot.Core.Reading;

namespace FactBot.Core.Comparison;

/// <summary>A slot whose claimed value differs from the record's.</summary>
internal sealed record SlotClash(Slot Slot, Mention Claimed, IReadOnlyList<Entity> Entities, bool ClaimsWholeList = false)
{
    /// <summary>The claim dates a start ("first … in 2021") after a year the record already has: the onset words are what clash.</summary>
    public bool StartedEarlier { get; init; }

    public string RecordValue(Language language) => string.Join(", ", Slot.Values.Select(v => ValueText.Describe(v, Entities, language)));

    public string ClaimValue(Language language)
    {
        var text = Claimed switch
        {
            { Kind: MentionKind.Money, Amount: { } amount } => Money.Describe(amount, Claimed.Currency, language),
            { Kind: MentionKind.Period, Year: { } year } => ValueText.Period(year, Claimed.Part, language),
            _ => Claimed.Text,
        };
        return ClaimsWholeList ? text + (language == Language.French ? " seul" : " alone") : text;
    }
}
