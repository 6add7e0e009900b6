using System.Globalization;

namespace FactBot.Core.Facts;

/// <summary>Amounts written the way people read them: "$1 billion", "1 milliard de dollars", "250 millions d'euros".</summary>
public static class Money
{
    public static string Describe(decimal value, string? currency, Language language = Language.English) =>
        language == Language.French ? French(value, currency) : English(value, currency);

    private static string English(decimal value, string? currency)
    {
        var text = value switch
        {
            >= 1_000_000_000m => Number(value / 1_000_000_000m, CultureInfo.InvariantCulture) + " billion",
            >= 1_000_000m => Number(value / 1_000_000m, CultureInfo.InvariantCulture) + " million",
            _ => value.ToString("N0", CultureInfo.InvariantCulture),
        };
        return currency switch
        {
            "USD" => "$" + text,
            null => text,
            _ => text + " " + currency,
        };
    }

    private static string French(decimal value, string? currency)
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var (number, scale) = value switch
        {
            >= 1_000_000_000m => (value / 1_000_000_000m, "milliard"),
            >= 1_000_000m => (value / 1_000_000m, "million"),
            _ => (value, string.Empty),
        };
        var text = Number(number, french) + (scale.Length == 0 ? string.Empty : " " + scale + (number >= 2 ? "s" : string.Empty));
        var unit = currency switch
        {
            "USD" => "dollars",
            "EUR" => "euros",
            "GBP" => "livres sterling",
            null => null,
            _ => currency,
        };
        if (unit is null)
        {
            return text;
        }

        var elided = unit.StartsWith('e') ? "d'" : "de ";
        return scale.Length > 0 ? $"{text} {elided}{unit}" : $"{text} {unit}";
    }

    private static string Number(decimal value, CultureInfo culture) => value.ToString("0.##", culture);
}
