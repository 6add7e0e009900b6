using System.Globalization;
using System.Text;
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
            return ChatLabels.Fill(labels.ClaimTooLong, ("length", claim.Length.ToString(CultureInfo.InvariantCulture)), ("max", MaxLength.ToString(CultureInfo.InvariantCulture)));
        }

        var where = TextRules.FindForbidden(claim) ?? NotNormalizable(claim);
        return where is null ? null : ChatLabels.Fill(labels.ForbiddenCharacter, ("where", where));
    }

    // The engine normalises claims (NFKC); text that normalisation refuses (a noncharacter such as U+FFFE) cannot be checked.
    private static string? NotNormalizable(string claim)
    {
        try
        {
            _ = claim.IsNormalized(NormalizationForm.FormKC);
            return null;
        }
        catch (ArgumentException)
        {
            var at = claim.AsSpan().IndexOfAnyInRange('\uFFFE', '\uFFFF');
            return at < 0 ? "text Unicode normalisation refuses" : string.Create(CultureInfo.InvariantCulture, $"U+{(int)claim[at]:X4} at index {at}");
        }
    }
}
