using System.Globalization;
using FactBot.Application.Text;

namespace FactBot.Functions.Chat;

/// <summary>
/// A chat message's claim, held to the API's rules (<see cref="TextPolicy"/>: length, refused code points). In chat a
/// person typed it, so what is wrong with it is said in the reply (<see cref="Problem"/>, in the labels' language)
/// instead of as an HTTP error.
/// </summary>
public static class ChatClaim
{
    public const int MaxLength = TextPolicy.MaxClaimLength;

    /// <summary>Null when <paramref name="claim"/> can be checked; else the sentence to answer with. Blank text is for the caller to answer with usage.</summary>
    public static string? Problem(string claim, ChatLabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(labels);
        var length = TextPolicy.Length(claim);
        if (length > MaxLength)
        {
            return ChatLabels.Fill(labels.ClaimTooLong, ("length", length.ToString(CultureInfo.InvariantCulture)), ("max", MaxLength.ToString(CultureInfo.InvariantCulture)));
        }

        // The code point and its index only: ForbiddenCharacter's text describes the class in English, the label is in the reply's language.
        var forbidden = TextPolicy.FindForbidden(claim);
        return forbidden is null
            ? null
            : ChatLabels.Fill(
                labels.ForbiddenCharacter,
                ("code_point", string.Create(CultureInfo.InvariantCulture, $"U+{forbidden.CodePoint:X4}")),
                ("index", forbidden.Index.ToString(CultureInfo.InvariantCulture)));
    }
}
