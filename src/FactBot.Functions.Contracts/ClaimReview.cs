using System.Text.Json.Serialization;

namespace FactBot.Functions.Contracts;

/// <summary>
/// A check result as schema.org <c>ClaimReview</c> JSON-LD (<c>Accept: application/ld+json</c>), per Google's fact-check
/// guidelines: the check's URL, a numeric rating with its scale and the verdict as <c>alternateName</c>, the claim with
/// its author, date and appearance when the caller gave them, FactBot as author with its URL, and the quoted article.
/// </summary>
public sealed record ClaimReview(
    [property: JsonPropertyName("@context")] string Context,
    [property: JsonPropertyName("@type")] string Type,
    string Identifier,
    string Url,
    string ClaimReviewed,
    ClaimReviewRating ReviewRating,
    ClaimReviewItem ItemReviewed,
    ClaimReviewAuthor Author,
    DateTimeOffset DatePublished,
    string InLanguage,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ClaimReviewCitation? Citation);

/// <summary>The verdict on a 1–3 scale: 1 contradicted, 2 unknown, 3 supported; <c>alternateName</c> is the verdict itself.</summary>
public sealed record ClaimReviewRating(
    [property: JsonPropertyName("@type")] string Type,
    int RatingValue,
    int BestRating,
    int WorstRating,
    string AlternateName,
    string RatingExplanation);

public sealed record ClaimReviewItem(
    [property: JsonPropertyName("@type")] string Type,
    string Text,
    string InLanguage,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ClaimReviewAuthor? Author,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DatePublished,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ClaimReviewAppearance? Appearance);

public sealed record ClaimReviewAuthor(
    [property: JsonPropertyName("@type")] string Type,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url = null);

public sealed record ClaimReviewAppearance(
    [property: JsonPropertyName("@type")] string Type,
    string Url);

/// <summary>The article sentence that decided the verdict, in the article's own language.</summary>
public sealed record ClaimReviewCitation(
    [property: JsonPropertyName("@type")] string Type,
    string Name,
    string Text,
    string InLanguage);
