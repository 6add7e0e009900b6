using System.Globalization;
using FactBot.Application.Checks;
using FactBot.Application.Text;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Claims;

internal sealed class CheckClaimRequestValidator : IRequestValidator<CheckClaimRequest>
{
    /// <summary>Longest appearance URL accepted.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>The forms <c>datePublished</c> may take: a date, or a date-time with its offset.</summary>
    public static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    public RequestProblem? Validate(CheckClaimRequest request) =>
        RequestProblem.ForText(TextPolicy.CheckClaim(request.Claim, "claim") ?? TextPolicy.CheckAuthor(request.Author, "author"))
        ?? CheckAuthorType(request)
        ?? CheckDate(request.DatePublished)
        ?? CheckUrl(request.Appearance);

    private static RequestProblem? CheckAuthorType(CheckClaimRequest request) => request.AuthorType switch
    {
        null => null,
        _ when request.Author is null => Bad("Author type without author", "'authorType' describes 'author'; give the author too, or leave both out."),
        ClaimOrigin.Person or ClaimOrigin.Organization => null,
        _ => Bad("Invalid author type", $"'authorType' must be \"{ClaimOrigin.Person}\" or \"{ClaimOrigin.Organization}\"."),
    };

    private static RequestProblem? CheckDate(string? date) =>
        date is null || DateTimeOffset.TryParseExact(date, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            ? null
            : Bad("Invalid date", "'datePublished' must be an ISO 8601 date (2024-05-01) or date-time with its offset (2024-05-01T09:30:00Z).");

    private static RequestProblem? CheckUrl(string? url) =>
        url is null
        || (url.Length <= MaxUrlLength && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && TextPolicy.FindForbidden(url) is null && !url.Any(char.IsWhiteSpace))
            ? null
            : Bad("Invalid appearance", $"'appearance' must be the absolute http or https URL where the claim appeared, at most {MaxUrlLength} characters.");

    private static RequestProblem Bad(string title, string detail) => new(StatusCodes.Status400BadRequest, title, detail);
}
