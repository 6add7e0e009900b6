namespace FactBot.Application.Feedback;

/// <summary>A user's feedback on a recorded check (table <c>Feedback</c>).</summary>
public sealed record FeedbackRecord(
    string CheckId,
    string Id,
    bool Correct,
    string? ExpectedVerdict,
    string? Comment,
    DateTimeOffset ReceivedAt);
