using FactBot.Functions.Claims;
using FactBot.Functions.Http;

namespace FactBot.Functions.Chat;

/// <summary>
/// A chat message's claim, held to the API's rules (length, forbidden characters). In chat a person typed it, so what is
/// wrong with it is said in the reply (<see cref="Problem"/>, in the labels' language) instead of as an HTTP error.
/// </summary>
public static class ChatClaim
{
    public const int MaxLength = CheckClaimRequestValidator.MaxClaimLength;

    /// <summary>Null when <paramref name="claim"/> can be checked; else the sentence to answer with. Blank text is for the caller to answer with usage.</summary>
    public static string? Problem(string claim, ChatLabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(labels);
        if (claim.Length > MaxLength)
        {
            return ChatLabels.Fill(labels.ClaimTooLong, ("length", claim.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("max", MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return TextRules.FindForbidden(claim) is { } where ? ChatLabels.Fill(labels.ForbiddenCharacter, ("where", where)) : null;
    }
}
