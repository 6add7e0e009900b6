namespace FactBot.Core.Decision;

/// <summary>The thresholds the decision stage applies, in one place.</summary>
internal static class DecisionWeights
{
    /// <summary>Content words a contradicting record may leave unexplained in its clause.</summary>
    public const int UnexplainedWordsInContradiction = 1;
}
