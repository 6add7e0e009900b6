using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>Number words, scales, currencies and period words in English and French, from the languages' word lists.</summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, decimal> Units = Numbers("units");

    public static readonly FrozenDictionary<string, decimal> Fractions = Numbers("fractions");

    public static readonly FrozenDictionary<string, decimal> Hundreds = Numbers("hundreds");

    public static readonly FrozenDictionary<string, decimal> Scales = Numbers("scales");

    /// <summary>Words that make a singular scale one whole unit of it: "the whole billion", "the full billion".</summary>
    public static readonly FrozenSet<string> Wholes = LanguageData.All
        .SelectMany(l => l.List("numbers", "wholes")).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after an amount that make it a difference, not a value: "$900m less than promised", "900 millions de moins".</summary>
    public static readonly PhraseSet<bool> Differences = new(LanguageData.All
        .SelectMany(l => l.List("numbers", "differences"))
        .Select(d => (d, true)));

    /// <summary>Round counts that are approximate: "une centaine", "a dozen".</summary>
    public static readonly FrozenDictionary<string, decimal> Collectives = Numbers("collectives");

    public static readonly FrozenDictionary<string, string> Currencies = Map("currencies", e => e.GetString()!);

    /// <summary>Words before an amount that bound it ("more than", "plus de").</summary>
    public static readonly PhraseSet<ValueBound> Comparators = new(LanguageData.All
        .SelectMany(l => l.Map("numbers", "comparators"))
        .Select(kv => (kv.Key, Enum.Parse<ValueBound>(kv.Value.GetString()!))));

    /// <summary>Verbs whose particle may look like a comparator: "handed over", "forked over".</summary>
    public static readonly FrozenSet<string> ParticleVerbs = LanguageData.All.SelectMany(l => l.List("numbers", "particleVerbs")).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that make a plural scale an amount without a number: "several billion", "des milliards".</summary>
    public static readonly PhraseSet<bool> VagueQuantifiers = new(LanguageData.All
        .SelectMany(l => l.List("numbers", "vagueQuantifiers"))
        .Select(q => (q, true)));

    public static readonly FrozenDictionary<string, PeriodPart> PeriodWords = Map("periodWords", e => Enum.Parse<PeriodPart>(e.GetString()!));

    /// <summary>Nouns that only name the year that follows: "in the year 2015", "en l'an 2015".</summary>
    public static readonly FrozenSet<string> YearNouns = LanguageData.All
        .SelectMany(l => l.List("numbers", "yearNouns")).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Months = Map("months", e => e.GetInt32());

    public static PeriodPart PartOfMonth(int month) => month switch
    {
        <= 4 => PeriodPart.Early,
        <= 8 => PeriodPart.Mid,
        _ => PeriodPart.Late,
    };

    private static FrozenDictionary<string, decimal> Numbers(string name) =>
        Map(name, e => decimal.Parse(e.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture));

    // Both languages in one map: a word means the same amount wherever it is written ("million").
    private static FrozenDictionary<string, T> Map<T>(string name, Func<JsonElement, T> read)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var language in LanguageData.All)
        {
            foreach (var (word, value) in language.Map("numbers", name))
            {
                map.TryAdd(word, read(value));
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
