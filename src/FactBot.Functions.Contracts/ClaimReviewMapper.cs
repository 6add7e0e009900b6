using FactBot.Application.Checks;
using FactBot.Core.Checking;
using FactBot.Core.Facts;

namespace FactBot.Functions.Contracts;

/// <summary>Maps check results to schema.org ClaimReview JSON-LD.</summary>
public static class ClaimReviewMapper
{
    /// <summary>The rating scale: <see cref="WorstRating"/> contradicted, 2 unknown (the sources do not decide), <see cref="BestRating"/> supported.</summary>
    public const int WorstRating = 1;

    public const int BestRating = 3;

    private const string UnknownExplanation = "FactBot's sources neither confirm nor contradict this claim.";

    private static readonly string UnknownVerdict = Verdict.Unknown.ToWire();

    /// <summary>A fresh check: the engine's explanation, in the claim's language, and the sentence that decided it.</summary>
    public static ClaimReview From(RecordedCheck check, ClaimReviewLinks links)
    {
        ArgumentNullException.ThrowIfNull(check);
        var evidence = check.Result.Evidence;
        return Create(check.Record, check.Result.Explanation, links, evidence is null ? null : Citation(evidence.Sentence, evidence.Source));
    }

    /// <summary>A recorded check: its recorded explanation (or one from its verdict), and the fact's sentence when it still exists.</summary>
    public static ClaimReview From(FoundCheck check, ClaimReviewLinks links)
    {
        ArgumentNullException.ThrowIfNull(check);
        var record = check.Record;
        var explanation = record.Explanation
            ?? (record.Verdict == UnknownVerdict ? UnknownExplanation : $"The claim was rated {record.Verdict} against fact '{record.FactId}'.");
        return Create(record, explanation, links, check.Sentence is { } sentence && check.Source is { } source ? Citation(sentence, source) : null);
    }

    /// <summary>The rating of a verdict on the 1–3 scale.</summary>
    public static int RatingOf(string verdict) => VerdictNames.TryParse(verdict, out var parsed)
        ? parsed switch
        {
            Verdict.Contradicted => WorstRating,
            Verdict.Supported => BestRating,
            _ => 2,
        }
        : 2;

    private static ClaimReviewCitation Citation(string sentence, SourceInfo source) =>
        new("CreativeWork", source.Title, sentence, source.Language.ToCode());

    private static ClaimReview Create(CheckRecord record, string explanation, ClaimReviewLinks links, ClaimReviewCitation? citation)
    {
        ArgumentNullException.ThrowIfNull(links);
        var origin = record.Origin;
        return new(
            "https://schema.org",
            "ClaimReview",
            record.Id,
            links.CheckUrl,
            record.Claim,
            new ClaimReviewRating("Rating", RatingOf(record.Verdict), BestRating, WorstRating, record.Verdict, explanation),
            new ClaimReviewItem(
                "Claim",
                record.Claim,
                record.Language,
                origin?.Author is { } author ? new ClaimReviewAuthor(origin.AuthorType ?? ClaimOrigin.Person, author) : null,
                origin?.DatePublished,
                origin?.Appearance is { } url ? new ClaimReviewAppearance("CreativeWork", url) : null),
            new ClaimReviewAuthor("Organization", "FactBot", links.AuthorUrl),
            record.CheckedAt,
            record.Language,
            citation);
    }
}
