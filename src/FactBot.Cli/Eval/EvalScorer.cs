using FactBot.Core.Checking;

namespace FactBot.Cli.Eval;

/// <summary>
/// Scores engine answers against labels: verdict accuracy; evidence accuracy over expected supported/contradicted cases
/// whose verdict was right (the evidence sentence contains any <c>evidence_any</c> substring, case-insensitively; with no
/// substrings listed, any evidence counts); supported↔contradicted swaps; a confusion matrix; and every miss.
/// </summary>
internal static class EvalScorer
{
    public static EvalReport Score(IEnumerable<EvalOutcome> outcomes, IReadOnlyList<string>? skipped = null)
    {
        var confusion = new ConfusionMatrix();
        var misses = new List<EvalMiss>();
        int total = 0, verdictCorrect = 0, eligible = 0, evidenceCorrect = 0, swaps = 0;

        foreach (var (evalCase, result) in outcomes)
        {
            total++;
            var expected = evalCase.Expected;
            var got = result.Verdict;
            var sentence = result.Evidence?.Sentence;
            confusion.Add(expected, got);

            if (expected != got)
            {
                misses.Add(new EvalMiss(evalCase.Id, evalCase.Claim, expected, got, sentence, "verdict"));
                if (IsSwap(expected, got))
                {
                    swaps++;
                }

                continue;
            }

            verdictCorrect++;
            if (expected == Verdict.Unknown)
            {
                continue;
            }

            eligible++;
            if (EvidenceMatches(evalCase.EvidenceAny, sentence))
            {
                evidenceCorrect++;
            }
            else
            {
                misses.Add(new EvalMiss(evalCase.Id, evalCase.Claim, expected, got, sentence, "evidence"));
            }
        }

        return new EvalReport(total, verdictCorrect, eligible, evidenceCorrect, swaps, confusion, misses, skipped ?? []);
    }

    public static bool EvidenceMatches(IReadOnlyList<string> evidenceAny, string? sentence) =>
        sentence is not null
        && (evidenceAny.Count == 0 || evidenceAny.Any(s => sentence.Contains(s, StringComparison.OrdinalIgnoreCase)));

    private static bool IsSwap(Verdict expected, Verdict got) =>
        (expected, got) is (Verdict.Supported, Verdict.Contradicted) or (Verdict.Contradicted, Verdict.Supported);
}
