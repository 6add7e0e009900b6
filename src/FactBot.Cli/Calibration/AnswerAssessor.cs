using FactBot.Application.Facts;
using FactBot.Cli.Eval;
using FactBot.Core.Checking;
using FactBot.Core.Store;
using FactBot.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Cli.Calibration;

/// <summary>
/// Answers labelled claims for calibration, whatever model the engine ships: one engine that never abstains gives
/// each decisive answer, one that always abstains gives the unknown answer that would replace it.
/// </summary>
internal sealed class AnswerAssessor(ClaimEngine neverAbstains, ClaimEngine alwaysAbstains)
{
    private static readonly Dictionary<string, double> NoWeights = [];

    // Confidence is at most 1: a threshold of 0 keeps every decisive answer, one of 2 withholds them all.
    public static AnswerAssessor For(FactSnapshot snapshot, IStemmer stemmer) => new(
        new ClaimEngine(snapshot, stemmer, new ConfidenceWeights(NoWeights, NoWeights, abstainBelow: 0).Model),
        new ClaimEngine(snapshot, stemmer, new ConfidenceWeights(NoWeights, NoWeights, abstainBelow: 2).Model));

    /// <summary>The assessor over the configured store's records.</summary>
    public static async Task<AnswerAssessor> LoadAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        For(await services.GetRequiredService<IFactStore>().LoadAsync(cancellationToken), services.GetRequiredService<IStemmer>());

    public CalibrationRow Assess(EvalCase evalCase, string source)
    {
        var answer = neverAbstains.Assess(evalCase.Claim);
        var labelled = new LabelledAnswer(answer.Features, EvalScorer.IsRight(evalCase, answer.Result));
        if (!answer.Features.IsDecisive)
        {
            return new CalibrationRow(source, evalCase.Claim, null, labelled);
        }

        var withheld = alwaysAbstains.Assess(evalCase.Claim);
        return new CalibrationRow(source, evalCase.Claim, labelled, new LabelledAnswer(withheld.Features, EvalScorer.IsRight(evalCase, withheld.Result)));
    }
}
