using System.Globalization;

namespace FactBot.Core.Facts;

/// <summary>Amounts written the way people read them: "$1 billion", "$100 million", "2,500 EUR".</summary>
public static class Money
{
    public static string Describe(decimal value, string? currency)
    {
        var text = value switch
        {
            >= 1_000_000_000m => (value / 1_000_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + " billion",
            >= 1_000_000m => (value / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + " million",
            _ => value.ToString("N0", CultureInfo.InvariantCulture),
        };
        return currency switch
        {
            "USD" => "$" + text,
            null => text,
            _ => text + " " + currency,
        };
    }
}
