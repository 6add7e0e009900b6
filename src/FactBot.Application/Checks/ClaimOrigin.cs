namespace FactBot.Application.Checks;

/// <summary>
/// Where a checked claim was made, when the caller says so (all optional): who made it (a person or an organization),
/// when (an ISO 8601 date or date-time), and the URL where it appeared. ClaimReview's itemReviewed carries them.
/// </summary>
public sealed record ClaimOrigin(string? Author, string? AuthorType, string? DatePublished, string? Appearance)
{
    public const string Person = "Person";
    public const string Organization = "Organization";

    public bool IsEmpty => Author is null && DatePublished is null && Appearance is null;
}
