using FactBot.Core.Checking;

namespace FactBot.Cli.Eval;

/// <summary>Checks every labelled claim of a JSONL file in order (only one half of it, when a split is named) and scores the answers.</summary>
internal sealed class EvalRunner(IClaimCheckService checker)
{
    public async Task<EvalReport> RunAsync(TextReader input, string? split, CancellationToken cancellationToken)
    {
        var outcomes = await CheckAsync(input, split, cancellationToken);
        return EvalScorer.Score(outcomes.Outcomes, outcomes.Skipped);
    }

    public async Task<(IReadOnlyList<EvalOutcome> Outcomes, IReadOnlyList<string> Skipped)> CheckAsync(TextReader input, string? split, CancellationToken cancellationToken)
    {
        var (cases, skipped) = await EvalCaseReader.ReadAsync(input, cancellationToken);
        var outcomes = new List<EvalOutcome>(cases.Count);
        foreach (var evalCase in cases.Where(c => split is null || string.Equals(c.Split, split, StringComparison.OrdinalIgnoreCase)))
        {
            outcomes.Add(new EvalOutcome(evalCase, await checker.CheckAsync(evalCase.Claim, cancellationToken)));
        }

        return (outcomes, skipped);
    }
}
