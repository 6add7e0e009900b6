using System.Globalization;
using FactBot.Application.Checks;
using FactBot.Core.Facts;

namespace FactBot.Functions.Chat;

/// <summary>
/// What every platform's verdict reply says, before escaping: the verdict and confidence, the claim, the article's
/// verbatim sentence and its source, the explanation (already in the claim's language), close records for an unknown
/// claim, and the two feedback buttons — all labelled in the claim's language.
/// </summary>
public sealed record ChatReply(
    ChatLabelSet Labels,
    string Verdict,
    string Confidence,
    string Claim,
    string? Sentence,
    string Explanation,
    string? Source,
    IReadOnlyList<string> Related,
    FeedbackButton Right,
    FeedbackButton Wrong)
{
    public static ChatReply From(RecordedCheck check, ChatLabels labels)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(labels);
        var result = check.Result;
        var set = labels.For(result.Language);
        var percent = ((int)Math.Round(ReportedConfidence.Of(result) * 100)).ToString(CultureInfo.InvariantCulture);
        var source = result.Evidence?.Source is { } s ? $"{s.Title} ({s.Published})" : null;
        return new ChatReply(
            set,
            ChatLabels.VerdictLabel(set, result.Verdict),
            ChatLabels.Fill(set.Confidence, ("percent", percent)),
            result.Claim,
            result.Evidence?.Sentence,
            result.Explanation,
            source,
            result.Related.Select(r => r.Sentence).ToArray(),
            new FeedbackButton(check.Record.Id, Correct: true, result.Language),
            new FeedbackButton(check.Record.Id, Correct: false, result.Language));
    }

    /// <summary>The language for a message that is not about a check (usage, a refused claim): the platform's locale when it says French or English, else English.</summary>
    public static Language LanguageOf(string? locale) =>
        locale is { Length: >= 2 } && LanguageCodes.TryParse(locale[..2], out var language) ? language : Language.English;
}
