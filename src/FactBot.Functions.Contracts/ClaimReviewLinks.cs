namespace FactBot.Functions.Contracts;

/// <summary>The absolute URLs a ClaimReview names: the check itself (<c>GET /api/claims/{id}</c>) and its author, FactBot.</summary>
public sealed record ClaimReviewLinks(string CheckUrl, string AuthorUrl);
