using System.Globalization;
using System.Text;
using FactBot.Application.Text;

namespace FactBot.Functions.OpenApi;

/// <summary>
/// <see cref="TextPolicy"/> as a JSON Schema <c>pattern</c>, generated from the policy itself so the document cannot
/// drift from the server: no refused code point, and (for a claim) not only whitespace. It reads the same with and
/// without ECMA-262's <c>u</c> flag: supplementary characters match either as one code point or as a surrogate pair,
/// and the supplementary noncharacters are written as pairs, which the <c>u</c> flag reads as one code point.
/// </summary>
internal static class TextPattern
{
    public static string Claim { get; } = Build(notBlank: true);

    public static string Comment { get; } = Build(notBlank: false);

    private static string Build(bool notBlank)
    {
        var refusedBmp = Ranges(Enumerable.Range(0, 0x10000).Where(cp => cp is < 0xD800 or > 0xDFFF && TextPolicy.Classify(cp) != CodePointClass.Allowed));
        var refusedPairs = Enumerable.Range(0x10000, 0x100000)
            .Where(cp => TextPolicy.Classify(cp) != CodePointClass.Allowed)
            .Select(cp => Escape(char.ConvertFromUtf32(cp)[0]) + Escape(char.ConvertFromUtf32(cp)[1]));
        var pattern = new StringBuilder("^");
        pattern.Append(CultureInfo.InvariantCulture, $"(?![\\s\\S]*(?:{string.Join('|', refusedPairs)}))");
        if (notBlank)
        {
            var whitespace = Ranges(Enumerable.Range(0, 0x10000).Where(cp => char.IsWhiteSpace((char)cp)));
            pattern.Append(CultureInfo.InvariantCulture, $"(?=[\\s\\S]*[^{whitespace}])");
        }

        pattern.Append(CultureInfo.InvariantCulture, $"(?:[^{refusedBmp}\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$");
        return pattern.ToString();
    }

    private static string Ranges(IEnumerable<int> codePoints)
    {
        var text = new StringBuilder();
        int? start = null;
        var previous = -2;
        foreach (var cp in codePoints.Append(-1))
        {
            if (cp != previous + 1)
            {
                if (start is { } first)
                {
                    text.Append(Escape((char)first));
                    if (previous > first)
                    {
                        text.Append('-').Append(Escape((char)previous));
                    }
                }

                start = cp;
            }

            previous = cp;
        }

        return text.ToString();
    }

    private static string Escape(char c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
}
