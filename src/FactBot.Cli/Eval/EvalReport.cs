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
    /// <summary>Supported or contradicted answers given.</summary>
    public int DecisiveAnswers { get; init; }

    /// <summary>Decisive answers whose verdict is accepted and, when it is the label, whose evidence matches.</summary>
    public int DecisiveCorrect { get; init; }

    /// <summary>Cases labelled supported or contradicted.</summary>
    public int DecisiveLabels { get; init; }

    /// <summary>Cases labelled supported or contradicted answered with that verdict and matching evidence.</summary>
    public int DecisiveFound { get; init; }

    public double VerdictAccuracy => Total == 0 ? 0 : (double)VerdictCorrect / Total;

    /// <summary>Over expected supported/contradicted cases whose verdict was right.</summary>
    public double EvidenceAccuracy => EvidenceEligible == 0 ? 0 : (double)EvidenceCorrect / EvidenceEligible;

    /// <summary>How often a supported/contradicted answer is right (1 when none was given).</summary>
    public double Precision => DecisiveAnswers == 0 ? 1 : (double)DecisiveCorrect / DecisiveAnswers;

    /// <summary>How many supported/contradicted labels were found, with the right evidence.</summary>
    public double Recall => DecisiveLabels == 0 ? 1 : (double)DecisiveFound / DecisiveLabels;
}
