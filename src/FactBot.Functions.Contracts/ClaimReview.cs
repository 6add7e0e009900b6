using System.Text.Json.Serialization;

namespace FactBot.Functions.Contracts;

/// <summary>A check result as schema.org <c>ClaimReview</c> JSON-LD (<c>Accept: application/ld+json</c>).</summary>
public sealed record ClaimReview(
    [property: JsonPropertyName("@context")] string Context,
    [property: JsonPropertyName("@type")] string Type,
    string Identifier,
    string ClaimReviewed,
    ClaimReviewRating ReviewRating,
    ClaimReviewItem ItemReviewed,
    ClaimReviewAuthor Author,
    DateTimeOffset DatePublished,
    string InLanguage);

public sealed record ClaimReviewRating(
    [property: JsonPropertyName("@type")] string Type,
    string AlternateName,
    string RatingExplanation);

public sealed record ClaimReviewItem(
    [property: JsonPropertyName("@type")] string Type,
    string Text,
    string InLanguage);

public sealed record ClaimReviewAuthor(
    [property: JsonPropertyName("@type")] string Type,
    string Name);
