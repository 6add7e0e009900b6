using System.Text.RegularExpressions;

namespace FactBot.Cli.Authoring;

/// <summary>
/// An article file read for authoring: its header (a first line <c>date 2024-06-12</c>, possibly followed on the same
/// line by the text, as the seeds' articles do; then <c>source: …</c>, <c>title: …</c> lines), and the sentences of
/// its content lines. Lines that start with a skipped prefix (page furniture such as navigation) are left out.
/// </summary>
internal sealed partial record ArticleText(
    string? Published,
    IReadOnlyDictionary<string, string> Header,
    IReadOnlyList<string> HeaderPrefixes,
    IReadOnlyList<ArticleSentence> Sentences,
    IReadOnlyList<int> SkippedLines)
{
    [GeneratedRegex(@"^\s*date\s+(\d{4}(?:-\d{2}){0,2})(?=\s|$)(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\s*([\p{L}]+)\s*:\s*(.*)$")]
    private static partial Regex HeaderLine();

    public static ArticleText Read(string text, IReadOnlyCollection<string> skip)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        string? published = null;
        var first = 0;
        var firstText = (string?)null;
        for (; first < lines.Length; first++)
        {
            var line = lines[first];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (published is null && header.Count == 0 && DateLine().Match(line) is { Success: true } date)
            {
                published = date.Groups[1].Value;
                if (date.Groups[2].Value.Trim() is { Length: > 0 } rest)
                {
                    // "date 2023-03 Title. Text…": the rest of the line is content.
                    firstText = rest;
                    break;
                }

                prefixes.Add("date ");
                continue;
            }

            if (HeaderLine().Match(line) is { Success: true } field && AuthoringData.HeaderKeys.Contains(field.Groups[1].Value.ToLowerInvariant()))
            {
                header[field.Groups[1].Value.ToLowerInvariant()] = field.Groups[2].Value.Trim();
                prefixes.Add(line.TrimStart()[..(line.TrimStart().IndexOf(':', StringComparison.Ordinal) + 1)]);
                continue;
            }

            break;
        }

        var sentences = new List<ArticleSentence>();
        var skipped = new List<int>();
        for (var i = first; i < lines.Length; i++)
        {
            var line = i == first && firstText is not null ? firstText : lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (skip.Any(p => line.TrimStart().StartsWith(p, StringComparison.Ordinal)))
            {
                skipped.Add(i + 1);
                continue;
            }

            sentences.AddRange(SentenceSplitter.Split(line).Select(s => new ArticleSentence(i + 1, s)));
        }

        return new ArticleText(published, header, prefixes, sentences, skipped);
    }
}
