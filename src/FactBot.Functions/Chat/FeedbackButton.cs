using System.Diagnostics.CodeAnalysis;
using FactBot.Core.Facts;

namespace FactBot.Functions.Chat;

/// <summary>
/// What a feedback button carries back (Slack button value, Telegram callback_data, Discord custom_id):
/// <c>fb:{y|n}:{language}:{check id}</c>, 40 ASCII characters, within Telegram's 64-byte callback_data limit.
/// The language is the check's, so the acknowledgement speaks the language of the buttons.
/// </summary>
public sealed record FeedbackButton(string CheckId, bool Correct, Language Language)
{
    private const string Prefix = "fb:";

    public string Encode() => $"{Prefix}{(Correct ? 'y' : 'n')}:{Language.ToCode()}:{CheckId}";

    public static bool TryParse(string? data, [NotNullWhen(true)] out FeedbackButton? button)
    {
        button = null;
        if (data is not { Length: 40 } || !data.StartsWith(Prefix, StringComparison.Ordinal) || data[4] != ':' || data[7] != ':'
            || data[3] is not ('y' or 'n') || !LanguageCodes.TryParse(data[5..7], out var language) || data[5..7] != language.ToCode())
        {
            return false;
        }

        var checkId = data[8..];
        if (!checkId.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c)))
        {
            return false;
        }

        button = new FeedbackButton(checkId, data[3] == 'y', language);
        return true;
    }
}
