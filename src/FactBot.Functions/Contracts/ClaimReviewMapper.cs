using FactBot.Application.Checks;
using FactBot.Core.Checking;
using FactBot.Functions.Checks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FactBot.Functions.Contracts;

/// <summary>Maps check results to schema.org ClaimReview JSON-LD, and decides from Accept whether a client wants it.</summary>
public static class ClaimReviewMapper
{
    public const string MediaType = "application/ld+json";

    private const string UnknownExplanation = "FactBot's sources neither confirm nor contradict this claim.";

    private static readonly string UnknownVerdict = Verdict.Unknown.ToWire();

    /// <summary>True when Accept lists application/ld+json with a quality at least that of application/json (and above zero).</summary>
    public static bool IsRequested(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double? Quality(string type) => accepted
            .Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1.0)
            .DefaultIfEmpty(-1)
            .Max() is var q and >= 0 ? q : null;

        return Quality(MediaType) is > 0 and var ld && ld >= (Quality("application/json") ?? 0);
    }

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
