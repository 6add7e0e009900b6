namespace FactBot.Functions.Feedback;

/// <summary>The body of <c>POST /api/claims/{id}/feedback</c>.</summary>
public sealed record FeedbackRequest(bool? Correct, string? ExpectedVerdict, string? Comment);
