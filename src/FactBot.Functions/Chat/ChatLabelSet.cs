namespace FactBot.Functions.Chat;

/// <summary>The words of a chat reply in one language (from <c>chat-labels.json</c>); <c>{name}</c> marks a placeholder.</summary>
public sealed record ChatLabelSet(
    string Supported,
    string Contradicted,
    string Unknown,
    string Confidence,
    string Claim,
    string Evidence,
    string Explanation,
    string Source,
    string Related,
    string Right,
    string Wrong,
    string FeedbackThanks,
    string FeedbackUnknownCheck,
    string FeedbackUnavailable,
    string UsageSlack,
    string UsageTeams,
    string UsageTelegram,
    string UsageDiscord,
    string ClaimTooLong,
    string ForbiddenCharacter,
    string RateLimited);
