using System.Globalization;
using System.Text;

namespace FactBot.TestSupport.Unicode;

/// <summary>
/// The whole Unicode code space for generated tests, and what the Unicode Standard itself says about each code point
/// (written from the standard's definitions, not from the policy under test).
/// </summary>
public static class CodePoints
{
    /// <summary>The Bidi_Control characters of Unicode's PropList.txt.</summary>
    public static readonly IReadOnlySet<int> BidiControls = new HashSet<int>
    {
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    };

    /// <summary>Every Unicode scalar value: U+0000 to U+10FFFF without the surrogate code points (1,112,064 of them).</summary>
    public static IEnumerable<int> ScalarValues() =>
        Enumerable.Range(0, 0x110000).Where(cp => cp is < 0xD800 or > 0xDFFF);

    /// <summary>Unicode's definition of a noncharacter (chapter 23.7): U+FDD0..U+FDEF and U+nFFFE, U+nFFFF of every plane.</summary>
    public static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>General category Cc (C0 and C1 controls), per the runtime's Unicode data.</summary>
    public static bool IsControl(int codePoint) => CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Control;

    /// <summary>What FactBot documents it refuses: controls other than tab, LF and CR; bidi controls; noncharacters.</summary>
    public static bool IsRefusedByDocumentedPolicy(int scalar) =>
        (IsControl(scalar) && scalar is not ('\t' or '\n' or '\r')) || BidiControls.Contains(scalar) || IsNoncharacter(scalar);

    /// <summary>
    /// The selected scalar values joined into strings of at most <paramref name="codePointsPerString"/> code points,
    /// in code-point order, so every one of them is in exactly one string.
    /// </summary>
    public static IEnumerable<string> Chunks(IEnumerable<int> codePoints, int codePointsPerString)
    {
        var builder = new StringBuilder();
        var count = 0;
        foreach (var codePoint in codePoints)
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
            if (++count == codePointsPerString)
            {
                yield return builder.ToString();
                builder.Clear();
                count = 0;
            }
        }

        if (count > 0)
        {
            yield return builder.ToString();
        }
    }
}
