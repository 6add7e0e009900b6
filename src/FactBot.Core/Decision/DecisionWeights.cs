namespace FactBot.Core.Decision;

/// <summary>The thresholds the decision stage applies, in one place.</summary>
internal static class DecisionWeights
{
    /// <summary>Content words a contradicting record may leave unexplained in its clause.</summary>
    public static int UnexplainedWordsInContradiction { get; } = int.TryParse(Environment.GetEnvironmentVariable("FB_UNEX"), out var n) ? n : 1;
}
