using System.Collections.Frozen;
using FactBot.Core.Facts;

namespace FactBot.Core.Reading;

/// <summary>Number words, scales, currencies and period words in English and French.</summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, decimal> Units = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["sept"] = 7, ["huit"] = 8,
        ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15,
        ["seize"] = 16, ["vingt"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60,
        ["a"] = 1, ["an"] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, decimal> Fractions = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["half"] = 0.5m, ["quarter"] = 0.25m, ["demi"] = 0.5m, ["quart"] = 0.25m, ["tiers"] = 1m / 3, ["third"] = 1m / 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, decimal> Hundreds = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["hundreds"] = 100, ["cent"] = 100, ["cents"] = 100,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["thousand"] = 1_000m, ["thousands"] = 1_000m, ["k"] = 1_000m, ["mille"] = 1_000m, ["milliers"] = 1_000m,
        ["million"] = 1_000_000m, ["millions"] = 1_000_000m, ["m"] = 1_000_000m, ["mn"] = 1_000_000m, ["mln"] = 1_000_000m,
        ["mio"] = 1_000_000m, ["mil"] = 1_000_000m,
        ["billion"] = 1_000_000_000m, ["billions"] = 1_000_000_000m, ["bn"] = 1_000_000_000m, ["b"] = 1_000_000_000m,
        ["bln"] = 1_000_000_000m, ["milliard"] = 1_000_000_000m, ["milliards"] = 1_000_000_000m, ["md"] = 1_000_000_000m,
        ["mds"] = 1_000_000_000m, ["mrd"] = 1_000_000_000m, ["mrds"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["trillions"] = 1_000_000_000_000m, ["tn"] = 1_000_000_000_000m,
        ["billiard"] = 1_000_000_000_000_000m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["usd"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["us$"] = "USD", ["buck"] = "USD",
        ["bucks"] = "USD", ["\u20ac"] = "EUR", ["eur"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR", ["\u00a3"] = "GBP",
        ["gbp"] = "GBP", ["pound"] = "GBP", ["pounds"] = "GBP", ["livres"] = "GBP",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words before an amount that bound it ("more than", "plus de"); the last word of each phrase is the key.</summary>
    public static readonly (string[] Words, ValueBound Bound)[] Comparators =
    [
        (["more", "than"], ValueBound.MoreThan), (["over"], ValueBound.MoreThan), (["at", "least"], ValueBound.AtLeast),
        (["above"], ValueBound.MoreThan), (["upwards", "of"], ValueBound.AtLeast), (["plus", "de"], ValueBound.MoreThan),
        (["au", "moins"], ValueBound.AtLeast), (["exceeding"], ValueBound.MoreThan),
        (["less", "than"], ValueBound.LessThan), (["under"], ValueBound.LessThan), (["at", "most"], ValueBound.AtMost),
        (["below"], ValueBound.LessThan), (["fewer", "than"], ValueBound.LessThan), (["moins", "de"], ValueBound.LessThan),
        (["au", "plus"], ValueBound.AtMost), (["about"], ValueBound.About), (["around"], ValueBound.About),
        (["approximately"], ValueBound.About), (["roughly"], ValueBound.About), (["nearly"], ValueBound.About),
        (["almost"], ValueBound.About), (["some"], ValueBound.About), (["environ"], ValueBound.About),
        (["pres", "de"], ValueBound.About), (["quelque"], ValueBound.About), (["presque"], ValueBound.About),
    ];

    public static readonly FrozenDictionary<string, PeriodPart> PeriodWords = new Dictionary<string, PeriodPart>(StringComparer.Ordinal)
    {
        ["late"] = PeriodPart.Late, ["end"] = PeriodPart.Late, ["fin"] = PeriodPart.Late, ["later"] = PeriodPart.Late,
        ["early"] = PeriodPart.Early, ["beginning"] = PeriodPart.Early, ["start"] = PeriodPart.Early, ["debut"] = PeriodPart.Early,
        ["mid"] = PeriodPart.Mid, ["middle"] = PeriodPart.Mid, ["mi"] = PeriodPart.Mid, ["milieu"] = PeriodPart.Mid,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        ["janvier"] = 1, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7,
        ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["decembre"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static PeriodPart PartOfMonth(int month) => month switch
    {
        <= 4 => PeriodPart.Early,
        <= 8 => PeriodPart.Mid,
        _ => PeriodPart.Late,
    };
}
