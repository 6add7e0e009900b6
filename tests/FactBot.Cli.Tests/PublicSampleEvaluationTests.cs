using FactBot.Cli.Eval;
using FactBot.Core.Checking;

namespace FactBot.Cli.Tests;

/// <summary>
/// The engine on the labelled sets in eval/ (the public samples and our own claims, both halves), scored like
/// `factbot eval`: a regression guard a few points under today's figures, not a place to tune for those claims.
/// </summary>
public sealed class PublicSampleEvaluationTests
{
    // file, claims, minimum precision of decisive answers, minimum recall of decisive labels, most swaps allowed.
    // The clean file's recall floor went from 0.60 to 0.57 when 120 harder claims (recall about 0.3) joined its 374.
    // Stop 20 added 120 chat claims, 50 published sentences and 80 clean statements written fresh (recall 0.11–0.19,
    // 0.07–0.17 and 0.23–0.40 before any change): the clean floor went to 0.54, the others stay.
    // Stop 21 added 120 chat, 80 clean and 50 published claims written fresh; the clean file's three new swaps (two
    // "only" claims the engine supports) raised its swap allowance to 7 and lowered its precision floor to 0.94.
    // Stop 22 added 120 chat, 80 clean and 50 published claims written fresh (scored before any change); after its
    // rules the floors rose: clean 0.95 / 0.59, chat 0.97 / 0.63, published 0.90 / 0.19 with no swap left.
    // Stop 23 added 116 chat, 77 clean and 47 published claims written fresh; their two chat swaps raised that
    // allowance to 6, and the published sentences' new misses lowered its floors to 0.88 / 0.18.
    // Stop 24 added 76 clean and 48 published claims written fresh; every floor held.
    // Stop 25 added 117 chat claims written fresh; their one new swap raised that allowance to 7, recall floor 0.62.
    // Stop 26 added 119 chat claims and 59 published sentences written fresh: one chat swap more (8, recall 0.61); the
    // published sentences brought the first published swap and lowered its floors to 0.84 / 0.17. A second batch (120
    // chat, 60 published) lowered chat to {0.96, 0.59, 9} and published precision to 0.83; a third (119 chat in
    // styles not tried before, 79 clean) lowered the recall floors to 0.56 (chat) and 0.58 (clean).
    // A fourth (96 short chat messages) and the stop's later fixes raised chat back to {0.97, 0.57, 8}. Stop 27's fresh
    // rows (113 chat, 74 clean, 58 published) brought two new chat swaps among them: chat {0.96, 0.60, 10}; its fixes
    // raised clean recall to 0.61. A second batch (98 chat, 48 published) brought two more chat swaps: {0.96, 0.59,
    // 12}; published rose to {0.84, 0.18}. Stop 28's fresh rows (174 chat, 62 clean, 84 published) and its fixes (four
    // chat swaps gone) left chat {0.97, 0.60, 8}, clean {0.96, 0.62, 7}, published {0.85, 0.17, 1}. Stop 29's fixes (no
    // new rows) raised chat to {0.97, 0.61, 8}, clean to {0.96, 0.63, 7}, published to {0.86, 0.17, 0}; its fresh rows
    // (192 chat, 60 clean, 69 published) brought one chat swap and one wrong published answer: chat {0.97, 0.61, 9},
    // published {0.85, 0.17, 0}.
    public static TheoryData<string, int, double, double, int> Sets() => new()
    {
        { "public/dev-claims.jsonl", 40, 1.0, 0.95, 0 },
        { "public/dev-user-claims.jsonl", 41, 0.95, 0.65, 0 },
        { "public/dev-published-claims.jsonl", 30, 0.95, 0.20, 0 },
        { "own/clean-claims.jsonl", 1162, 0.96, 0.63, 7 },
        { "own/chat-claims.jsonl", 2373, 0.97, 0.61, 9 },
        { "own/published-claims.jsonl", 1098, 0.85, 0.17, 0 },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task Eval_LabelledSet_KeepsItsPrecisionRecallAndSwapFloors(string file, int claims, double precision, double recall, int swaps)
    {
        var (cases, skipped) = await EvalSets.ReadAsync(file);

        var report = EvalScorer.Score(cases.Select(c => new EvalOutcome(c, EvalSets.Engine.Check(c.Claim))), skipped);

        Assert.Empty(report.Skipped);
        Assert.Equal(claims, report.Total);
        Assert.True(report.Swaps <= swaps, $"{report.Swaps} swaps");
        Assert.True(report.Precision >= precision, $"precision {report.Precision:P1}: {string.Join("; ", report.Misses.Select(m => m.Id))}");
        Assert.True(report.Recall >= recall, $"recall {report.Recall:P1}");
    }

    // Confidence is a fitted probability (Decision/confidence-model.json, `factbot calibrate`): over every labelled
    // claim, answers in the top band must be right about as often as they say.
    [Fact]
    public async Task Eval_AnswersAtConfidenceAbovePointEight_DecisiveOnesRightAtLeastNinetyFivePercentOfTheTime()
    {
        var outcomes = new List<(bool Decisive, bool Right)>();
        foreach (var file in EvalSets.Files)
        {
            var (cases, _) = await EvalSets.ReadAsync(file);
            foreach (var c in cases)
            {
                var result = EvalSets.Engine.Check(c.Claim);
                if (result.Confidence >= 0.8)
                {
                    outcomes.Add((result.Verdict != Verdict.Unknown, c.Accepts(result.Verdict)));
                }
            }
        }

        var decisive = outcomes.Where(o => o.Decisive).ToList();
        Assert.True(decisive.Count(o => o.Right) >= 0.95 * decisive.Count, $"{decisive.Count(o => o.Right)} of {decisive.Count} decisive answers right");
        Assert.True(outcomes.Count(o => o.Right) >= 0.85 * outcomes.Count, $"{outcomes.Count(o => o.Right)} of {outcomes.Count} answers right");
    }
}
