using System.Globalization;
using System.Text;

namespace FactBot.Application.Text;

/// <summary>
/// The one policy for text that clients send (claims, feedback comments), applied by the API's validators and by the
/// CLI alike. Refused, with the index of the first offender: control characters other than tab, line feed and carriage
/// return; bidirectional controls; the 66 noncharacters; unpaired surrogates. Accepted: every other Unicode scalar
/// value, private-use and unassigned ones included (they are harmless to the engine, and a code point unassigned in
/// this runtime's Unicode data may be assigned in the sender's). Lengths count Unicode scalar values (code points), as
/// JSON Schema's <c>maxLength</c> does.
/// </summary>
public static class TextPolicy
{
    /// <summary>Longest claim accepted, in code points: a claim is a sentence or two, not an article.</summary>
    public const int MaxClaimLength = 1000;

    /// <summary>Longest feedback comment accepted, in code points.</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>Longest claim author name accepted, in code points.</summary>
    public const int MaxAuthorLength = 200;

    /// <summary>Why a refused code point is refused, in the words every problem detail uses.</summary>
    public const string ForbiddenRule =
        "control characters (other than tab and line breaks), bidirectional controls, noncharacters and unpaired surrogates are not accepted";

    /// <summary>What the policy does with one code point (0 to U+10FFFF; a surrogate code point on its own is unpaired).</summary>
    public static CodePointClass Classify(int codePoint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(codePoint);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(codePoint, 0x10FFFF);
        return codePoint switch
        {
            >= 0xD800 and <= 0xDFFF => CodePointClass.UnpairedSurrogate,
            >= 0xFDD0 and <= 0xFDEF => CodePointClass.Noncharacter,
            _ when (codePoint & 0xFFFE) == 0xFFFE => CodePointClass.Noncharacter,
            '\t' or '\n' or '\r' => CodePointClass.Allowed,
            <= 0x1F or (>= 0x7F and <= 0x9F) => CodePointClass.Control,
            0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => CodePointClass.BidiControl,
            _ => CodePointClass.Allowed,
        };
    }

    /// <summary>The first code point of <paramref name="text"/> the policy refuses, or null when it has none.</summary>
    public static ForbiddenCharacter? FindForbidden(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var codePoint = status == System.Buffers.OperationStatus.Done ? rune.Value : text[i];
            var kind = Classify(codePoint);
            if (kind != CodePointClass.Allowed)
            {
                return new ForbiddenCharacter(i, codePoint, kind);
            }

            i += consumed;
        }

        return null;
    }

    /// <summary>The length the limits count: Unicode scalar values, an unpaired surrogate counting as one.</summary>
    public static int Length(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsSurrogatePair(text[i], text[i + 1]))
            {
                length--;
                i++;
            }
        }

        return length;
    }

    /// <summary>Null when <paramref name="claim"/> is an acceptable claim, else why not, naming <paramref name="field"/>.</summary>
    public static TextViolation? CheckClaim(string? claim, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (claim is null)
        {
            return new TextViolation("Missing claim", $"The request body needs a '{field}' string, e.g. {{\"claim\": \"The company was founded in 2015.\"}}.");
        }

        if (string.IsNullOrWhiteSpace(claim))
        {
            return new TextViolation("Blank claim", $"The '{field}' field is empty or only whitespace.");
        }

        return CheckText(claim, field, MaxClaimLength, "Claim too long", "Forbidden character in claim");
    }

    /// <summary>Null when <paramref name="comment"/> is absent or acceptable, else why not.</summary>
    public static TextViolation? CheckComment(string? comment, string field) =>
        comment is null ? null : CheckText(comment, field, MaxCommentLength, "Comment too long", "Forbidden character in comment");

    /// <summary>Null when <paramref name="author"/> is absent or an acceptable name (not blank, short, no refused code point).</summary>
    public static TextViolation? CheckAuthor(string? author, string field) => author switch
    {
        null => null,
        _ when string.IsNullOrWhiteSpace(author) => new TextViolation("Blank author", $"The '{field}' field is empty or only whitespace; leave it out instead."),
        _ => CheckText(author, field, MaxAuthorLength, "Author too long", "Forbidden character in author"),
    };

    private static TextViolation? CheckText(string text, string field, int maxLength, string tooLong, string forbidden)
    {
        var length = Length(text);
        if (length > maxLength)
        {
            return new TextViolation(
                tooLong,
                string.Create(CultureInfo.InvariantCulture, $"The '{field}' field has {length} characters; at most {maxLength} are accepted."));
        }

        return FindForbidden(text) is { } where
            ? new TextViolation(forbidden, $"The '{field}' field contains {where}: {ForbiddenRule}.")
            : null;
    }
}
