using FactBot.Core.Checking;

namespace FactBot.Cli.Eval;

/// <summary>Checks every labelled claim of a JSONL file in order and scores the answers.</summary>
internal sealed class EvalRunner(IClaimCheckService checker)
{
    public async Task<EvalReport> RunAsync(TextReader input, CancellationToken cancellationToken)
    {
        var (cases, skipped) = await EvalCaseReader.ReadAsync(input, cancellationToken);
        var outcomes = new List<EvalOutcome>(cases.Count);
        foreach (var evalCase in cases)
        {
            outcomes.Add(new EvalOutcome(evalCase, await checker.CheckAsync(evalCase.Claim, cancellationToken)));
        }

        return EvalScorer.Score(outcomes, skipped);
    }
}
