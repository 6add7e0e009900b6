using System.Globalization;

namespace FactBot.Application.Text;

/// <summary>The first code point of a text that <see cref="TextPolicy"/> refuses: where it is (UTF-16 index), what it is, and why.</summary>
public sealed record ForbiddenCharacter(int Index, int CodePoint, CodePointClass Class)
{
    /// <summary>"U+FFFE (a noncharacter) at index 4".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"U+{CodePoint:X4} ({Describe(Class)}) at index {Index}");

    private static string Describe(CodePointClass kind) => kind switch
    {
        CodePointClass.Control => "a control character",
        CodePointClass.BidiControl => "a bidirectional control",
        CodePointClass.Noncharacter => "a noncharacter",
        CodePointClass.UnpairedSurrogate => "an unpaired surrogate",
        _ => "an allowed character",
    };
}
