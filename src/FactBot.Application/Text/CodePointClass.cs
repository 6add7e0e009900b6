namespace FactBot.Application.Text;

/// <summary>How <see cref="TextPolicy"/> treats one code point of client text.</summary>
public enum CodePointClass
{
    /// <summary>Accepted: letters, digits, punctuation, symbols, spaces, tab and line breaks, format characters,
    /// and also private-use and unassigned code points (a newer Unicode version may assign them).</summary>
    Allowed,

    /// <summary>A C0 or C1 control character other than tab, line feed and carriage return.</summary>
    Control,

    /// <summary>A bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069): it can reorder what a reader sees.</summary>
    BidiControl,

    /// <summary>One of the 66 noncharacters (U+FDD0–U+FDEF and the last two code points of every plane), never meant for interchange.</summary>
    Noncharacter,

    /// <summary>A UTF-16 surrogate with no partner: not a Unicode scalar value at all.</summary>
    UnpairedSurrogate,
}
