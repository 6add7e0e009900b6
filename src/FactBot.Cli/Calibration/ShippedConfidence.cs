using FactBot.Cli.Eval;
using FactBot.Core.Checking;

namespace FactBot.Cli.Calibration;

/// <summary><c>eval --reliability</c>: the engine's answers with the confidence it gives now, scored like <c>eval</c>.</summary>
internal static class ShippedConfidence
{
    public static async Task<IReadOnlyList<CalibratedAnswer>> AnswersAsync(IClaimCheckService checker, IReadOnlyList<FileInfo> files, string? split, CancellationToken cancellationToken)
    {
        var answers = new List<CalibratedAnswer>();
        foreach (var file in files)
        {
            using var reader = file.OpenText();
            var (cases, _) = await EvalCaseReader.ReadAsync(reader, cancellationToken);
            foreach (var evalCase in SplitFilter.Apply(cases, split))
            {
                var result = await checker.CheckAsync(evalCase.Claim, cancellationToken);
                answers.Add(new CalibratedAnswer(EvalScorer.IsDecisive(result.Verdict), result.Confidence, EvalScorer.IsRight(evalCase, result)));
            }
        }

        return answers;
    }
}
