using CsCheck;
using FactBot.Cli.Calibration;

namespace FactBot.Cli.Tests.Calibration;

public sealed class AbstentionThresholdTests
{
    [Fact]
    public void Keeps_every_decisive_answer_when_together_they_are_precise_enough()
    {
        var answers = Answers((0.9, 50, 0), (0.95, 0, 1));

        var choice = AbstentionThreshold.Choose(answers);

        Assert.Equal(new ThresholdChoice(0, 51, 50, 51, 50, MeetsTarget: true), choice);
    }

    [Fact]
    public void Withholds_the_least_confident_answers_until_those_kept_are_98_percent_right()
    {
        var answers = Answers((0.99, 60, 0), (0.97, 30, 1), (0.9, 5, 5), (0.8, 1, 0));

        var choice = AbstentionThreshold.Choose(answers);

        Assert.Equal(new ThresholdChoice(0.97, 102, 96, 91, 90, MeetsTarget: true), choice);
    }

    [Fact]
    public void Without_a_threshold_reaching_the_target_takes_the_most_precise_one_and_says_so()
    {
        var answers = Answers((0.9, 8, 2), (0.8, 5, 5));

        var choice = AbstentionThreshold.Choose(answers);

        Assert.Equal(new ThresholdChoice(0.9, 20, 13, 10, 8, MeetsTarget: false), choice);
    }

    [Fact]
    public void The_threshold_chosen_keeps_the_most_right_answers_of_any_that_meets_the_target()
    {
        var answer = Gen.Select(Gen.Int[50, 100], Gen.Int[0, 99]).Select((c, r) => (Confidence: c / 100.0, Right: r < c - 5));

        answer.Array[0, 300].Sample(answers =>
        {
            var choice = AbstentionThreshold.Choose(answers);

            var thresholds = answers.Select(a => a.Confidence).Append(0).Distinct();
            var best = thresholds.Select(t => answers.Where(a => a.Confidence >= t).ToArray())
                .Where(kept => kept.Count(a => a.Right) >= 0.98 * kept.Length)
                .Select(kept => kept.Count(a => a.Right))
                .DefaultIfEmpty(-1)
                .Max();
            var kept = answers.Where(a => a.Confidence >= choice.Threshold).ToArray();
            Assert.Equal((kept.Length, kept.Count(a => a.Right)), (choice.Kept, choice.RightKept));
            Assert.Equal(best >= 0, choice.MeetsTarget);
            Assert.True(!choice.MeetsTarget || (choice.Precision >= 0.98 && choice.RightKept == best), $"{choice} vs best {best}");
        });
    }

    private static (double Confidence, bool Right)[] Answers(params (double Confidence, int Right, int Wrong)[] groups) =>
        groups.SelectMany(g => Enumerable.Repeat((g.Confidence, true), g.Right).Concat(Enumerable.Repeat((g.Confidence, false), g.Wrong))).ToArray();
}
