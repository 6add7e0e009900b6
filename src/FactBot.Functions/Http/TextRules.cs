using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Http;

/// <summary>Rules for client text (claims, comments): no control characters besides ordinary whitespace, no bidi controls, no lone surrogates.</summary>
public static class TextRules
{
    /// <summary>The first character of <paramref name="text"/> that a claim or comment may not contain, as "U+XXXX at index N", or null.</summary>
    public static string? FindForbidden(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || IsForbidden(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} at index {i}");
            }
        }

        return null;
    }

    /// <summary>Control characters other than tab, line feed and carriage return, and the Unicode bidirectional controls.</summary>
    public static bool IsForbidden(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || c is '\u200E' or '\u200F' or '\u061C'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary>Null when <paramref name="claim"/> is an acceptable claim, else the 400 problem naming <paramref name="field"/>.</summary>
    public static RequestProblem? CheckClaim(string? claim, string field, int maxLength)
    {
        if (claim is null)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Missing claim",
                $"The request body needs a '{field}' string, e.g. {{\"claim\": \"The company was founded in 2015.\"}}.");
        }

        if (string.IsNullOrWhiteSpace(claim))
        {
            return new RequestProblem(StatusCodes.Status400BadRequest, "Blank claim", $"The '{field}' field is empty or only whitespace.");
        }

        if (claim.Length > maxLength)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Claim too long",
                $"The '{field}' field has {claim.Length} characters; at most {maxLength} are accepted.");
        }

        return FindForbidden(claim) is { } where
            ? new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Forbidden character in claim",
                $"The '{field}' field contains {where}: control characters (other than tab and line breaks), bidirectional controls and unpaired surrogates are not accepted.")
            : null;
    }

    /// <summary>A strict decoder: invalid UTF-8 throws instead of becoming U+FFFD.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
