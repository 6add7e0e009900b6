using FactBot.Core.Checking;

namespace FactBot.Cli.Eval;

/// <summary>
/// Scores engine answers against labels. A verdict is right when it is the label or one of <c>also_ok</c>. Evidence is
/// scored over cases answered with their (supported/contradicted) label: the sentence must contain one of
/// <c>evidence_any</c>, case-insensitively (with none listed, any evidence counts), and come from the <c>factId</c>
/// record when the label names one. Precision is over supported and
/// contradicted answers, recall over supported and contradicted labels; a swap is supported for contradicted or the
/// reverse, when not also accepted.
/// </summary>
internal static class EvalScorer
{
    public static EvalReport Score(IEnumerable<EvalOutcome> outcomes, IReadOnlyList<string>? skipped = null)
    {
        var confusion = new ConfusionMatrix();
        var misses = new List<EvalMiss>();
        int total = 0, verdictCorrect = 0, eligible = 0, evidenceCorrect = 0, swaps = 0;
        int decisiveAnswers = 0, decisiveCorrect = 0, decisiveLabels = 0, decisiveFound = 0;

        foreach (var (evalCase, result) in outcomes)
        {
            total++;
            var expected = evalCase.Expected;
            var got = result.Verdict;
            var sentence = result.Evidence?.Sentence;
            confusion.Add(expected, got);
            var accepted = evalCase.Accepts(got);
            var exact = got == expected && IsDecisive(expected);
            var evidenceOk = !exact || EvidenceMatches(evalCase, result.Evidence);

            decisiveLabels += IsDecisive(expected) ? 1 : 0;
            decisiveAnswers += IsDecisive(got) ? 1 : 0;
            decisiveCorrect += IsDecisive(got) && IsRight(evalCase, result) ? 1 : 0;
            decisiveFound += exact && evidenceOk ? 1 : 0;
            swaps += !accepted && IsSwap(expected, got) ? 1 : 0;

            if (!accepted)
            {
                misses.Add(new EvalMiss(evalCase.Id, evalCase.Claim, expected, got, sentence, "verdict"));
                continue;
            }

            verdictCorrect++;
            if (!exact)
            {
                continue;
            }

            eligible++;
            if (evidenceOk)
            {
                evidenceCorrect++;
            }
            else
            {
                misses.Add(new EvalMiss(evalCase.Id, evalCase.Claim, expected, got, sentence, "evidence"));
            }
        }

        return new EvalReport(total, verdictCorrect, eligible, evidenceCorrect, swaps, confusion, misses, skipped ?? [])
        {
            DecisiveAnswers = decisiveAnswers,
            DecisiveCorrect = decisiveCorrect,
            DecisiveLabels = decisiveLabels,
            DecisiveFound = decisiveFound,
        };
    }

    /// <summary>
    /// Whether an answer counts as right: an accepted verdict and, for a decisive label answered with that label, the
    /// right evidence. What the confidence model is fitted to predict.
    /// </summary>
    public static bool IsRight(EvalCase evalCase, CheckResult result) =>
        evalCase.Accepts(result.Verdict)
        && (result.Verdict != evalCase.Expected || !IsDecisive(result.Verdict) || EvidenceMatches(evalCase, result.Evidence));

    public static bool EvidenceMatches(EvalCase evalCase, Evidence? evidence) =>
        EvidenceMatches(evalCase.EvidenceAny, evidence?.Sentence)
        && (evalCase.FactId is null || evalCase.FactId == evidence!.FactId);

    public static bool EvidenceMatches(IReadOnlyList<string> evidenceAny, string? sentence) =>
        sentence is not null
        && (evidenceAny.Count == 0 || evidenceAny.Any(s => sentence.Contains(s, StringComparison.OrdinalIgnoreCase)));

    public static bool IsDecisive(Verdict verdict) => verdict is Verdict.Supported or Verdict.Contradicted;

    private static bool IsSwap(Verdict expected, Verdict got) =>
        (expected, got) is (Verdict.Supported, Verdict.Contradicted) or (Verdict.Contradicted, Verdict.Supported);
}
