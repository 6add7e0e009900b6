using System.Globalization;

namespace FactBot.Core.Facts;

/// <summary>Slot values as words in either language: entity names, years, periods ("late 2022", "fin 2022"), amounts.</summary>
public static class ValueText
{
    public static string Describe(SlotValue value, IReadOnlyList<Entity> entities, Language language = Language.English) =>
        value switch
        {
            { Entity: { } id } => entities.FirstOrDefault(e => e.Id == id)?.Name ?? id,
            { Amount: { } amount } => Money.Describe(amount, value.Currency, language),
            { Year: { } year, Part: { } part } => Period(year, part, language),
            { Year: { } year } => year.ToString(CultureInfo.InvariantCulture),
            _ => "?",
        };

    public static string Period(int year, PeriodPart part, Language language)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        return (part, language) switch
        {
            (PeriodPart.Whole, _) => y,
            (PeriodPart.Early, Language.French) => "début " + y,
            (PeriodPart.Mid, Language.French) => "mi-" + y,
            (PeriodPart.Late, Language.French) => "fin " + y,
            (PeriodPart.Early, _) => "early " + y,
            (PeriodPart.Mid, _) => "mid-" + y,
            _ => "late " + y,
        };
    }
}
