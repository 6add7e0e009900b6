namespace FactBot.Cli.Eval;

/// <summary>The scores of one evaluation run.</summary>
internal sealed record EvalReport(
    int Total,
    int VerdictCorrect,
    int EvidenceEligible,
    int EvidenceCorrect,
    int Swaps,
    ConfusionMatrix Confusion,
    IReadOnlyList<EvalMiss> Misses,
    IReadOnlyList<string> Skipped)
{
    public double VerdictAccuracy => Total == 0 ? 0 : (double)VerdictCorrect / Total;

    /// <summary>Over expected supported/contradicted cases whose verdict was right.</summary>
    public double EvidenceAccuracy => EvidenceEligible == 0 ? 0 : (double)EvidenceCorrect / EvidenceEligible;
}
