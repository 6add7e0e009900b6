using System.Globalization;
using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>
/// Finds years, periods ("late 2022", "fin 2022", "December 2022") and amounts of money in any common form
/// ("$1bn", "one billion dollars", "un milliard", "1,000,000,000 USD", "10 000 000 000 $", "100 millions de dollars").
/// </summary>
internal static class QuantityParser
{
    private const decimal MaxAmount = 1e21m;

    public static void Parse(IReadOnlyList<Token> tokens, bool[] consumed, List<Mention> mentions)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (consumed[i])
            {
                continue;
            }

            if (TryParseVague(tokens, i, out var vague))
            {
                mentions.Add(new Mention(MentionKind.Money, vague.Start, vague.End, string.Join(' ', tokens.Skip(vague.Start).Take(vague.End - vague.Start).Select(t => t.Surface)))
                {
                    Amount = vague.Value,
                    Currency = vague.Currency,
                    Bound = ValueBound.AtLeast,
                    Vague = true,
                });
                Consume(consumed, vague.Start, vague.End);
                i = vague.End - 1;
                continue;
            }

            if (TryParseDefinite(tokens, i, out var definite))
            {
                mentions.Add(new Mention(MentionKind.Money, definite.Start, definite.End, Money.Describe(definite.Value, definite.Currency))
                {
                    Amount = definite.Value,
                    Currency = definite.Currency,
                });
                Consume(consumed, definite.Start, definite.End);
                i = definite.End - 1;
                continue;
            }

            if (TryParseCollective(tokens, i, out var about))
            {
                mentions.Add(new Mention(MentionKind.Money, about.Start, about.End, Money.Describe(about.Value, about.Currency))
                {
                    Amount = about.Value,
                    Currency = about.Currency,
                    Bound = ValueBound.About,
                });
                Consume(consumed, about.Start, about.End);
                i = about.End - 1;
                continue;
            }

            if (TryParseAmount(tokens, i, out var amount))
            {
                var (comparison, words) = ComparisonBefore(tokens, amount.Start);
                var isMoney = amount.Currency is not null || amount.Scaled;
                if (isMoney && amount.End < tokens.Count && NumberWords.Differences.TryMatchAt(tokens, amount.End, out var difference, out _))
                {
                    // "$900m less than he promised": a difference between two amounts, which no record states as a
                    // value; read as a name the records do not know, so it is neither confirmed nor denied.
                    var end = amount.End + difference;
                    mentions.Add(new Mention(MentionKind.UnknownName, amount.Start, end, string.Join(' ', tokens.Skip(amount.Start).Take(end - amount.Start).Select(t => t.Surface))));
                    Consume(consumed, amount.Start, end);
                    i = end - 1;
                    continue;
                }

                if (isMoney)
                {
                    // "more than $5 billion": the bound's words belong to the amount.
                    var from = amount.Start - words;
                    mentions.Add(new Mention(MentionKind.Money, from, amount.End, Money.Describe(amount.Value, amount.Currency))
                    {
                        Amount = amount.Value,
                        Currency = amount.Currency,
                        Bound = comparison,
                    });
                    Consume(consumed, from, amount.End);
                    i = amount.End - 1;
                    continue;
                }

                var isYear = IsYearToken(tokens, amount) && amount.Value == decimal.Truncate(amount.Value);
                // Digits glued to a word belong to a name ("Nimbus-4"), which the entity pass reads.
                var glued = amount.Start > 0 && tokens[amount.Start - 1].JoinedToNext && !tokens[amount.Start - 1].IsSymbol;

                // A day of the month belongs to the date the year will read ("1 December 2022", "December 1, 2022").
                var day = (amount.End < tokens.Count && NumberWords.Months.ContainsKey(tokens[amount.End].Text))
                    || (amount.Start > 0 && NumberWords.Months.ContainsKey(tokens[amount.Start - 1].Text));
                // Without a year ("on March 23") it stays a number: a finer date than any record gives.
                if (day && !IsYearToken(tokens, amount) && YearFollows(tokens, amount.End))
                {
                    continue;
                }

                if (!isYear && amount.IsDigits && !glued)
                {
                    var end = amount.End < tokens.Count && tokens[amount.End].Text == "%" ? amount.End + 1 : amount.End;
                    var text = string.Join(string.Empty, tokens.Skip(amount.Start).Take(end - amount.Start).Select(t => t.Text));
                    mentions.Add(new Mention(MentionKind.Number, amount.Start, end, text) { Amount = amount.Value });
                    Consume(consumed, amount.Start, end);
                    i = end - 1;
                    continue;
                }

                if (isYear)
                {
                    var year = (int)amount.Value;
                    var (start, part, month) = PeriodBefore(tokens, i);
                    var kind = part == PeriodPart.Whole ? MentionKind.Year : MentionKind.Period;
                    var text = month is not null ? string.Join(' ', tokens.Skip(start).Take(i + 1 - start).Select(t => t.Surface))
                        : part == PeriodPart.Whole ? year.ToString(CultureInfo.InvariantCulture) : $"{part.ToString().ToLowerInvariant()} {year}";
                    mentions.Add(new Mention(kind, start, i + 1, text) { Year = year, Part = part, Month = month, Bound = TimeComparisonBefore(tokens, start) });
                    Consume(consumed, start, i + 1);
                }
            }
        }
    }

    private static bool YearFollows(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < Math.Min(from + 3, tokens.Count); k++)
        {
            if (tokens[k].IsNumber && tokens[k].Text.Length == 4 && int.TryParse(tokens[k].Text, CultureInfo.InvariantCulture, out var year) && IsYear(year))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYearToken(IReadOnlyList<Token> tokens, Amount amount) =>
        amount.IsDigits && amount.End == amount.Start + 1 && IsYear(amount.Value);

    private static bool IsYear(decimal value) => value is >= 1900 and <= 2100;

    private static void Consume(bool[] consumed, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            consumed[k] = true;
        }
    }

    private readonly record struct Amount(int Start, int End, decimal Value, string? Currency, bool Scaled, bool IsDigits);

    // "billions", "des milliards de dollars", "several million": a plural scale with no number, at least two of it.
    private static bool TryParseVague(IReadOnlyList<Token> tokens, int i, out Amount amount)
    {
        amount = default;
        var k = i;
        if (NumberWords.VagueQuantifiers.TryMatchAt(tokens, i, tokens.Count - 1, out var words, out _))
        {
            k += words;
        }

        var quantified = k > i;
        if (k >= tokens.Count || (i > 0 && tokens[i - 1].IsNumber) || !NumberWords.Scales.TryGetValue(tokens[k].Text, out var scale)
            || tokens[k].Text.Length < 4 || !(quantified || tokens[k].Text.EndsWith('s')))
        {
            return false;
        }

        var end = k + 1;
        var currency = CurrencyAfter(tokens, ref end);
        amount = new Amount(i, end, 2 * scale, currency, Scaled: true, IsDigits: false);
        return true;
    }

    // "the promised billion", "the pledged million": one of the scale, named by a participle between "the" and the
    // scale ("the billion" itself is read as a whole). The participle stays out of the amount: it is the relation.
    private static bool TryParseDefinite(IReadOnlyList<Token> tokens, int i, out Amount amount)
    {
        amount = default;
        if (i < 2 || !NumberWords.Wholes.Contains(tokens[i - 2].Text) || !tokens[i - 1].Text.EndsWith("ed", StringComparison.Ordinal)
            || !NumberWords.Scales.TryGetValue(tokens[i].Text, out var scale) || tokens[i].Text.Length < 4 || tokens[i].Text.EndsWith('s'))
        {
            return false;
        }

        var end = i + 1;
        var currency = CurrencyAfter(tokens, ref end);
        amount = new Amount(i, end, scale, currency, Scaled: true, IsDigits: false);
        return true;
    }

    // "une centaine de millions (de dollars)", "a dozen billion": a round count of a scale, about that amount.
    private static bool TryParseCollective(IReadOnlyList<Token> tokens, int i, out Amount amount)
    {
        amount = default;
        var k = tokens[i].Text is "un" or "une" or "a" ? i + 1 : i;
        if (k + 1 >= tokens.Count || !NumberWords.Collectives.TryGetValue(tokens[k].Text, out var count))
        {
            return false;
        }

        var s = tokens[k + 1].Text is "de" or "d" ? k + 2 : k + 1;
        if (s >= tokens.Count || !NumberWords.Scales.TryGetValue(tokens[s].Text, out var scale) || tokens[s].Text.Length < 4)
        {
            return false;
        }

        var end = s + 1;
        var currency = CurrencyAfter(tokens, ref end);
        amount = new Amount(i, end, count * scale, currency, Scaled: true, IsDigits: false);
        return true;
    }

    // "… of dollars", "… de dollars", "… d'euros" after a scale with no number: the currency, and the end moves past it.
    private static string? CurrencyAfter(IReadOnlyList<Token> tokens, ref int end)
    {
        var c = end < tokens.Count && tokens[end].Text is "of" or "de" or "d" ? end + 1 : end;
        if (c < tokens.Count && NumberWords.Currencies.TryGetValue(tokens[c].Text, out var suffix))
        {
            end = c + 1;
            return suffix;
        }

        return null;
    }

    private static bool TryParseAmount(IReadOnlyList<Token> tokens, int i, out Amount amount)
    {
        amount = default;
        var start = i;
        string? currency = null;
        if (NumberWords.Currencies.TryGetValue(tokens[i].Text, out var prefix) && tokens[i].IsSymbol)
        {
            currency = prefix;
            i++;
        }
        else if (tokens[i].Text is "us" && i + 1 < tokens.Count && tokens[i + 1].Text == "$")
        {
            currency = "USD";
            i += 2;
        }
        else if (tokens[i].Text is "usd" or "eur" && i + 1 < tokens.Count && tokens[i + 1].IsNumber)
        {
            currency = NumberWords.Currencies[tokens[i].Text];
            i++;
        }

        if (i >= tokens.Count)
        {
            return false;
        }

        decimal value;
        var isDigits = false;
        var end = i;
        if (tokens[i].IsNumber)
        {
            if (!TryParseDigits(tokens, i, out value, out end))
            {
                return false;
            }

            isDigits = true;
        }
        else if (!TryParseWords(tokens, i, out value, out end))
        {
            return false;
        }

        var scaled = false;
        // "million milliard milliard …": stop before an amount no one writes (and before decimal overflows).
        while (end < tokens.Count && NumberWords.Scales.TryGetValue(tokens[end].Text, out var scale)
            && !(tokens[end].Text is "m" or "b" or "k" && !isDigits)
            && value <= MaxAmount / scale)
        {
            value *= scale;
            scaled = true;
            end++;
        }

        if (!isDigits && !scaled && value < 100)
        {
            // "one", "a", "deux" alone are not amounts.
            return false;
        }

        // Currency after the number: "$", "dollars", "de dollars", "USD", "US dollars", "d'euros".
        if (currency is null && end < tokens.Count)
        {
            var k = end;
            if (tokens[k].Text is "de" or "of" or "in" && k + 1 < tokens.Count && NumberWords.Currencies.ContainsKey(tokens[k + 1].Text) && !tokens[k + 1].IsSymbol)
            {
                k++;
            }

            if (tokens[k].Text == "us" && k + 1 < tokens.Count && NumberWords.Currencies.ContainsKey(tokens[k + 1].Text))
            {
                k++;
            }

            if (NumberWords.Currencies.TryGetValue(tokens[k].Text, out var suffix))
            {
                currency = suffix;
                end = k + 1;
            }
        }

        amount = new Amount(start, end, value, currency, scaled, isDigits && currency is null && !scaled);
        return true;
    }

    private static bool TryParseDigits(IReadOnlyList<Token> tokens, int i, out decimal value, out int end)
    {
        var text = tokens[i].Text;
        end = i + 1;

        // "10 000 000 000": groups of three digits written with spaces.
        if (text.Length <= 3 && text.All(char.IsDigit))
        {
            while (end < tokens.Count && tokens[end].IsNumber && tokens[end].Text.Length == 3 && tokens[end].Text.All(char.IsDigit))
            {
                text += tokens[end].Text;
                end++;
            }
        }

        string normalized;
        if (text.Contains(',', StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal))
        {
            normalized = text.Replace(",", "", StringComparison.Ordinal);
        }
        else if (text.Contains(',', StringComparison.Ordinal))
        {
            // "1,000,000" groups thousands; "1,5" is a French decimal.
            var groups = text.Split(',');
            normalized = groups.Skip(1).All(g => g.Length == 3) ? string.Concat(groups) : text.Replace(',', '.');
        }
        else if (text.Count(c => c == '.') > 1 || (text.Contains('.', StringComparison.Ordinal) && text.Split('.').Skip(1).All(g => g.Length == 3) && end < tokens.Count && !NumberWords.Scales.ContainsKey(tokens[end].Text)))
        {
            // "1.000.000" groups thousands in French writing.
            normalized = text.Replace(".", "", StringComparison.Ordinal);
        }
        else
        {
            normalized = text;
        }

        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseWords(IReadOnlyList<Token> tokens, int i, out decimal value, out int end)
    {
        value = 0;
        end = i;

        // "Acme's billion", "Ada's million": one of the scale, whose owner the name says.
        // "a billion-dollar investment": the same, said as an adjective.
        if (((i > 0 && tokens[i - 1].Possessive) || (tokens[i].JoinedToNext && i + 1 < tokens.Count && NumberWords.Currencies.ContainsKey(tokens[i + 1].Text)))
            && NumberWords.Scales.ContainsKey(tokens[i].Text) && !tokens[i].Text.EndsWith('s') && tokens[i].Text.Length > 3)
        {
            value = 1;
            return true;
        }

        decimal current = 0;
        var any = false;
        while (end < tokens.Count)
        {
            var word = tokens[end].Text;
            if (NumberWords.Fractions.TryGetValue(word, out var fraction) && !any || (any && current == 1 && NumberWords.Fractions.TryGetValue(word, out fraction)))
            {
                // "half a billion", "a quarter of a billion", "un demi-milliard"
                current = fraction;
                any = true;
                end++;
                while (end < tokens.Count && tokens[end].Text is "of" or "a" or "an" or "de" or "d" or "un")
                {
                    end++;
                }
            }
            else if (NumberWords.Units.TryGetValue(word, out var unit) && (word is not ("a" or "an" or "un" or "une") || !any))
            {
                current += unit;
                any = true;
                end++;
            }
            else if (NumberWords.Wholes.Contains(word) && end + 1 < tokens.Count && NumberWords.Scales.ContainsKey(tokens[end + 1].Text)
                && !tokens[end + 1].Text.EndsWith('s'))
            {
                // "the whole billion", "a full million": one of the scale ("a" before it is the same one).
                current = current == 0 ? 1 : current;
                any = true;
                end++;
            }
            else if (NumberWords.Hundreds.TryGetValue(word, out var hundred) && (any || word is "cent" or "hundred") && current <= MaxAmount / hundred)
            {
                current = (current == 0 ? 1 : current) * hundred;
                any = true;
                end++;
            }
            else if (word is "and" or "et" && any && end + 1 < tokens.Count && NumberWords.Units.ContainsKey(tokens[end + 1].Text))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        value = current;
        return any;
    }

    // "before 2022", "after 2021", "by 2019", "avant 2022", "après 2021"; "since 2020", "depuis 2020" date the onset,
    // so they are the year itself.
    private static ValueBound TimeComparisonBefore(IReadOnlyList<Token> tokens, int start)
    {
        // "after the 2018 bid" names an event of 2018 (its year is no bound), unlike "after 2018".
        var k = start - 1;

        return k < 0 ? ValueBound.Equal : tokens[k].Text switch
        {
            "before" or "avant" or "prior" => ValueBound.LessThan,
            "after" or "apres" or "later" => ValueBound.MoreThan,
            "from" => ValueBound.AtLeast,
            "by" or "until" or "till" or "jusqu" => ValueBound.AtMost,
            _ => ValueBound.Equal,
        };
    }

    // "over $5 billion" is a bound; "handed over $5 billion" is a verb and its particle (`particleVerbs`).
    private static (ValueBound Bound, int Words) ComparisonBefore(IReadOnlyList<Token> tokens, int start) =>
        NumberWords.Comparators.TryMatchEndingAt(tokens, 0, start, out var words, out var bound)
        && !(words == 1 && start >= 2 && NumberWords.ParticleVerbs.Contains(tokens[start - 2].Text))
            ? (bound, words)
            : (ValueBound.Equal, 0);

    // "11 December 2015", "le 30 novembre 2022": the day joins the date.
    private static int DayBefore(IReadOnlyList<Token> tokens, int month) =>
        month > 0 && tokens[month - 1].IsNumber && tokens[month - 1].Text.Length <= 2 ? month - 1 : month;

    // "late 2022", "the end of 2022", "fin 2022", "à la fin de 2022", "mid-2022", "December 2022", "décembre 2022".
    private static (int Start, PeriodPart Part, int? Month) PeriodBefore(IReadOnlyList<Token> tokens, int yearIndex)
    {
        var k = yearIndex - 1;
        while (k >= 0 && tokens[k].Text is "of" or "de" or "the" or "la" or "le" or "d" or ",")
        {
            k--;
        }

        if (k < 0)
        {
            return (yearIndex, PeriodPart.Whole, null);
        }

        if (NumberWords.YearNouns.Contains(tokens[k].Text))
        {
            return (k, PeriodPart.Whole, null);
        }

        if (NumberWords.PeriodWords.TryGetValue(tokens[k].Text, out var part))
        {
            return (k, part, null);
        }

        if (NumberWords.Months.TryGetValue(tokens[k].Text, out var month))
        {
            // "1 December 2022" or "December 1, 2022" both end in the month or a day before the year.
            return (DayBefore(tokens, k), NumberWords.PartOfMonth(month), month);
        }

        if (tokens[k].IsNumber && k - 1 >= 0 && NumberWords.Months.TryGetValue(tokens[k - 1].Text, out month))
        {
            return (k - 1, NumberWords.PartOfMonth(month), month);
        }

        return (yearIndex, PeriodPart.Whole, null);
    }
}
