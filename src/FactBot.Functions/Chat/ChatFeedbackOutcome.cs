namespace FactBot.Functions.Chat;

/// <summary>What became of a feedback button press.</summary>
public enum ChatFeedbackOutcome
{
    Recorded,
    UnknownCheck,
    Unavailable,
}
