using FactBot.Application.Checks;

namespace FactBot.Functions.Claims;

/// <summary>
/// The body of <c>POST /api/claims/check</c>: the claim, and optionally where it was made — its author (a Person, or an
/// Organization), the date it was published (ISO 8601) and the http(s) URL where it appeared — for ClaimReview.
/// </summary>
public sealed record CheckClaimRequest(string? Claim, string? Author = null, string? AuthorType = null, string? DatePublished = null, string? Appearance = null)
{
    /// <summary>Where the claim was made, as the claim log keeps it (an author's type defaults to a person).</summary>
    public ClaimOrigin ToOrigin() => new(Author, Author is null ? null : AuthorType ?? ClaimOrigin.Person, DatePublished, Appearance);
}
