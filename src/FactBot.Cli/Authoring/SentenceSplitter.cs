using FactBot.Core.Text;

namespace FactBot.Cli.Authoring;

/// <summary>
/// Splits a line of an article into sentences: a sentence ends at <c>. ! ? …</c> followed by a space and a capital,
/// a digit or an opening quote (or at the end of the line), never inside « », “ ” or "…" quotes, nor after an
/// abbreviation ("Dr.", "M.", "U.S.") or an initial ("J. Smith").
/// </summary>
internal static class SentenceSplitter
{
    private const string Terminals = ".!?…";
    private const string Openers = "«“\"‘(";
    private const string Closers = "»”\"’)";

    public static IEnumerable<string> Split(string line)
    {
        var start = 0;
        var depth = 0;
        var straight = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            (depth, straight) = Quote(c, depth, straight);
            if (!Terminals.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            var end = i + 1;
            while (end < line.Length && Terminals.Contains(line[end], StringComparison.Ordinal))
            {
                end++;
            }

            // A closing quote, French style after a space ("partons. »"), belongs to the sentence it closes.
            while (end < line.Length && (Closers.Contains(line[end], StringComparison.Ordinal)
                || (char.IsWhiteSpace(line[end]) && end + 1 < line.Length && line[end + 1] is '»' or '”')))
            {
                if (char.IsWhiteSpace(line[end]))
                {
                    end++;
                }

                (depth, straight) = Quote(line[end], depth, straight);
                end++;
            }

            var next = end;
            while (next < line.Length && char.IsWhiteSpace(line[next]))
            {
                next++;
            }

            if (depth > 0 || straight || (next < line.Length && (next == end || !StartsSentence(line[next]))) || (c == '.' && end == i + 1 && IsAbbreviation(line, i)))
            {
                i = end - 1;
                continue;
            }

            if (line[start..end].Trim() is { Length: > 0 } sentence)
            {
                yield return sentence;
            }

            start = next;
            i = next - 1;
        }

        if (start < line.Length && line[start..].Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }

    private static (int Depth, bool Straight) Quote(char c, int depth, bool straight) => c switch
    {
        '"' => (depth, !straight),
        '«' or '“' => (depth + 1, straight),
        '»' or '”' => (Math.Max(0, depth - 1), straight),
        _ => (depth, straight),
    };

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || Openers.Contains(c, StringComparison.Ordinal);

    // The word before the period, with its inner periods ("U.S", "e.g"): an abbreviation, or a capital initial.
    private static bool IsAbbreviation(string line, int period)
    {
        var from = period;
        while (from > 0 && (char.IsLetter(line[from - 1]) || line[from - 1] == '.' || line[from - 1] == '°'))
        {
            from--;
        }

        var word = line[from..period];
        return word.Length > 0 && ((word.Length == 1 && char.IsUpper(word[0])) || AuthoringData.Abbreviations.Contains(TextFolding.KeepAccents(word).ToLowerInvariant()));
    }
}
