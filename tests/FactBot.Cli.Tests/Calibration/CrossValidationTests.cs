using FactBot.Cli.Calibration;
using FactBot.Core.Checking;

namespace FactBot.Cli.Tests.Calibration;

public sealed class CrossValidationTests
{
    [Fact]
    public void No_row_is_predicted_by_a_model_fitted_on_it()
    {
        var rows = Enumerable.Range(0, 23).ToArray();

        var (predictions, models) = CrossValidation.HeldOut(rows, r => r % 5, training => training.ToHashSet(), (seen, row) => (Seen: seen.Contains(row), seen.Count));

        Assert.Equal(5, models.Count);
        Assert.All(predictions, p => Assert.False(p.Seen));
        Assert.All(rows, r => Assert.Equal(rows.Count(o => o % 5 != r % 5), predictions[r].Count));
    }

    [Theory]
    [InlineData("OpenAI was founded in 2015.", "  openai WAS founded\tin 2015. ")]
    [InlineData("Musk a quitté OpenAI en 2018.", "musk a quitté openai en 2018.")]
    public void A_claim_falls_in_the_same_fold_whatever_its_case_and_spacing(string claim, string variant)
    {
        Assert.Equal(FoldAssignment.Of(claim, 5), FoldAssignment.Of(variant, 5));
    }

    [Fact]
    public void Folds_are_a_fixed_hash_of_the_text_and_spread_claims_evenly()
    {
        var folds = Enumerable.Range(0, 1000).Select(i => FoldAssignment.Of($"claim number {i}", 5)).ToArray();

        Assert.Equal(2, FoldAssignment.Of("OpenAI was founded in 2015.", 5));
        Assert.All(Enumerable.Range(0, 5), f => Assert.InRange(folds.Count(x => x == f), 160, 240));
    }

    [Fact]
    public void Cross_validated_calibration_answers_each_claim_with_a_model_that_never_saw_it_even_when_a_file_repeats_it()
    {
        // Each claim has a feature of its own and appears twice: a model that saw either copy would learn its label.
        var random = new Random(5);
        var rows = Enumerable.Range(0, 60).SelectMany(i =>
        {
            var right = random.NextDouble() < 0.7;
            var answer = new LabelledAnswer(Synthetic.Decisive(($"claim{i}", 1)), right);
            var unknown = new LabelledAnswer(Synthetic.Unknown(($"claim{i}", 1)), !right);
            var claim = $"Claim number {i}.";
            return new[] { new CalibrationRow("a.jsonl", claim, answer, unknown), new CalibrationRow("b.jsonl", claim.ToUpperInvariant(), answer, unknown) };
        }).ToArray();
        var calibrator = new Calibrator(5, LogisticFitOptions.Default);

        var (answers, _) = CrossValidatedCalibration.Run(rows, calibrator);

        var byFold = rows.Select((row, i) => (Fold: calibrator.FoldOf(row), Answer: answers[i])).GroupBy(x => (x.Fold, x.Answer.Decisive));
        Assert.All(byFold, group => Assert.Single(group.Select(x => x.Answer.Confidence).Distinct()));
    }

    [Fact]
    public void A_model_that_saw_the_claims_would_tell_them_apart()
    {
        var rows = Enumerable.Range(0, 20).Select(i => new LabelledAnswer(Synthetic.Features(Verdict.Supported, ($"claim{i}", 1)), i % 2 == 0)).ToArray();

        var weights = new ConfidenceWeights(AnswerModelFitter.Fit(rows, LogisticFitOptions.Default), new Dictionary<string, double>(), 0);

        Assert.True(rows.Select(r => weights.Probability(r.Features)).Distinct().Count() > 1);
    }
}
