using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>
/// "twenty fifteen", "two thousand and sixteen", "deux mille dix-neuf": a year said in words reads as its digits, so
/// the quantity reader dates it like "2015". A lead ("twenty", "deux mille") needs a two-digit number after it, and
/// no currency or scale may follow ("deux mille quinze euros" is money).
/// </summary>
internal static class SpelledYears
{
    private static readonly PhraseSet<string> Leads = PhraseList.OfMap("yearLeads");

    public static List<Token> Rewrite(List<Token> tokens)
    {
        List<Token>? rewritten = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryRead(tokens, i, out var year, out var end))
            {
                rewritten ??= tokens.GetRange(0, i);
                var surface = string.Join(' ', tokens.Skip(i).Take(end - i).Select(t => t.Surface));
                rewritten.Add(new Token(year.ToString(System.Globalization.CultureInfo.InvariantCulture), tokens[i].Index, false, tokens[end - 1].JoinedToNext, IsNumber: true, IsSymbol: false) { Surface = surface });
                i = end - 1;
            }
            else
            {
                rewritten?.Add(tokens[i]);
            }
        }

        return rewritten ?? tokens;
    }

    private static bool TryRead(List<Token> tokens, int i, out int year, out int end)
    {
        (year, end) = (0, 0);
        if (!Leads.TryMatchAt(tokens, i, tokens.Count, out var length, out var lead)
            || !TryTwoDigits(tokens, i + length, out var rest, out end)
            || (end < tokens.Count && (NumberWords.Currencies.ContainsKey(tokens[end].Text) || NumberWords.Scales.ContainsKey(tokens[end].Text))))
        {
            return false;
        }

        year = int.Parse(lead, System.Globalization.CultureInfo.InvariantCulture) + rest;
        return true;
    }

    // 10–99 in words: a teen or a ten alone, or a ten and a unit ("twenty two", "dix-neuf", "vingt-deux").
    private static bool TryTwoDigits(List<Token> tokens, int k, out int value, out int end)
    {
        (value, end) = (0, k);
        if (k >= tokens.Count || !NumberWords.Units.TryGetValue(tokens[k].Text, out var first) || first < 10 || first > 99)
        {
            return false;
        }

        value = (int)first;
        end = k + 1;
        if (first % 10 == 0 && end < tokens.Count && NumberWords.Units.TryGetValue(tokens[end].Text, out var unit) && unit is >= 1 and <= 9)
        {
            value += (int)unit;
            end++;
        }

        return true;
    }
}
