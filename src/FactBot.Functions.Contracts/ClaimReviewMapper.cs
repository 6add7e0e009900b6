using FactBot.Application.Checks;
using FactBot.Core.Checking;

namespace FactBot.Functions.Contracts;

/// <summary>Maps check results to schema.org ClaimReview JSON-LD.</summary>
public static class ClaimReviewMapper
{
    private const string UnknownExplanation = "FactBot's sources neither confirm nor contradict this claim.";

    private static readonly string UnknownVerdict = Verdict.Unknown.ToWire();

    /// <summary>A fresh check: the evidence sentence explains a verdict, the explanation an unknown one.</summary>
    public static ClaimReview From(RecordedCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var explanation = check.Result.Evidence?.Sentence ?? check.Result.Explanation;
        return Create(check.Record, explanation);
    }

    /// <summary>A recorded check: the fact's sentence when it still exists, else a generic explanation.</summary>
    public static ClaimReview From(FoundCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var record = check.Record;
        return Create(record, check.Sentence ?? (record.Verdict == UnknownVerdict ? UnknownExplanation : $"The claim was rated {record.Verdict} against fact '{record.FactId}'."));
    }

    private static ClaimReview Create(CheckRecord record, string explanation) => new(
        "https://schema.org",
        "ClaimReview",
        record.Id,
        record.Claim,
        new ClaimReviewRating("Rating", record.Verdict, explanation),
        new ClaimReviewItem("Claim", record.Claim, record.Language),
        new ClaimReviewAuthor("Organization", "FactBot"),
        record.CheckedAt,
        record.Language);
}
