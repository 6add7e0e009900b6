namespace FactBot.Functions.Contracts;

/// <summary>The answer of <c>POST /api/claims/{id}/feedback</c>.</summary>
public sealed record FeedbackAcceptedResponse(string Id, string CheckId, DateTimeOffset ReceivedAt);
