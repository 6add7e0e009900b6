using FactBot.Core.Comparison;
using FactBot.Core.Decision;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;
using FactBot.Core.Store;
using FactBot.Core.Text;

namespace FactBot.Core.Checking;

/// <summary>
/// The verification engine over one snapshot. Building it indexes the records; each check then runs in memory:
/// analyse the claim, split a compound claim into clauses, weigh the records each clause retrieves, explain.
/// </summary>
public sealed class ClaimEngine : IClaimChecker
{
    private const int MaxRelated = 3;
    private const double RelatedThreshold = 2.5;
    private readonly FactIndex index;
    private readonly ClaimReader analyzer;

    public ClaimEngine(FactSnapshot snapshot, IStemmer stemmer)
    {
        index = new FactIndex(snapshot, stemmer);
        analyzer = new ClaimReader(index);
    }

    public FactSnapshot Snapshot => index.Snapshot;

    /// <summary>How the engine reads and decides <paramref name="claim"/>, line by line: tokens, mentions, terms, clauses and the records each applies to.</summary>
    public string Trace(string claim)
    {
        var reading = analyzer.Read(claim);
        return ClaimTrace.Describe(reading, ClauseReader.Read(reading), index) + $"result:   {Check(claim)}";
    }

    public CheckResult Check(string claim)
    {
        var analysis = analyzer.Read(claim);
        var language = analysis.Language;
        if (analysis.IsWhQuestion)
        {
            var related = Related(analysis);
            return Unknown(analysis, related.Count > 0 ? 0.85 : 0.9, Explanations.Question(language), related);
        }

        if (analysis.Terms.Count == 0 && analysis.Mentions.Count == 0)
        {
            return Unknown(analysis, 0.95, Explanations.NoClaim(language), []);
        }

        var verdict = Decide(analysis);
        return verdict.Verdict switch
        {
            Verdict.Supported => Result(analysis, Verdict.Supported, SupportConfidence(verdict) - Unread(analysis, 0.09), verdict.Deciding!, Explanations.Supported(verdict.Deciding!, language)),
            Verdict.Contradicted => Result(analysis, Verdict.Contradicted, ContradictionConfidence(verdict.Deciding!) - Unread(analysis, 0.05), verdict.Deciding!, Explanations.Contradicted(verdict.Deciding!, language, verdict.Against)),
            _ => UnknownVerdict(analysis, verdict),
        };
    }

    private ClauseVerdict Decide(ClaimReading analysis) => ClaimDecider.Decide(analysis, ClauseReader.Read(analysis), index);

    private CheckResult UnknownVerdict(ClaimReading analysis, ClauseVerdict verdict)
    {
        var related = Related(analysis);
        if (verdict.Deciding is { } near && verdict.Missing.Count > 0)
        {
            return Unknown(analysis, 0.7, Explanations.Partial(near, verdict.Missing, analysis.Language), related);
        }

        var confidence = related.Count == 0 ? 0.9 : verdict.HasCandidates ? 0.6 : 0.75;
        return Unknown(analysis, confidence, Explanations.Unknown(related.Count > 0, analysis.Language), related);
    }

    // Content words the engine read nothing into ("for health reasons") may carry what makes the claim false:
    // each lowers the confidence a little, so confidence orders correctness.
    private static double Unread(ClaimReading analysis, double each)
    {
        var unread = 0;
        for (var i = 0; i < analysis.Tokens.Count; i++)
        {
            var token = analysis.Tokens[i];
            if (token.IsSymbol || token.IsNumber || token.Text.Length < 3 || LanguageWords.English.Contains(token.Text)
                || LanguageWords.French.Contains(token.Text) || LanguageWords.Negations.Contains(token.Text)
                || analysis.Terms.Any(t => t.Start <= i && i < t.End) || analysis.Mentions.Any(m => m.Start <= i && i < m.End))
            {
                continue;
            }

            unread++;
        }

        return Math.Min(unread * each, 0.3);
    }

    private static double SupportConfidence(ClauseVerdict verdict)
    {
        var best = verdict.Deciding!;
        var confidence = 0.8 + (0.04 * Math.Min(best.MatchedSlots, 4));
        if (verdict.Supporting.Count > 1 && best.Covered.Count == 0)
        {
            confidence -= 0.05;
        }

        if (best.Record.Attribution is not null || best.Record.Hedge is not null)
        {
            confidence -= 0.1;
        }

        return Math.Clamp(confidence, 0.5, 0.97);
    }

    private static double ContradictionConfidence(RecordOutcome outcome)
    {
        var confidence = outcome.Contradiction switch
        {
            ContradictionKind.SlotValue => 0.9,
            ContradictionKind.Polarity => 0.86,
            _ => 0.78,
        };
        if (outcome.Record.Attribution is not null || outcome.Record.Hedge is not null)
        {
            confidence -= 0.1;
        }

        return confidence;
    }

    private static CheckResult Result(ClaimReading analysis, Verdict verdict, double confidence, RecordOutcome deciding, string explanation)
    {
        var record = deciding.Record;
        return new CheckResult(analysis.Claim, verdict, confidence, new Evidence(record.Id, record.Sentence, record.Source), explanation, analysis.Language, []);
    }

    private static CheckResult Unknown(ClaimReading analysis, double confidence, string explanation, IReadOnlyList<RelatedFact> related) =>
        new(analysis.Claim, Verdict.Unknown, confidence, null, explanation, analysis.Language, related);

    // Records close to the claim, through the same inverted indexes: relation words weigh most, names add.
    private List<RelatedFact> Related(ClaimReading analysis)
    {
        var scores = new Dictionary<int, double>();
        foreach (var occurrence in analysis.Terms)
        {
            foreach (var use in occurrence.Uses)
            {
                scores[use.Record] = scores.GetValueOrDefault(use.Record) + (use.Kind == TermUseKind.Context ? 0.5 : 2);
            }
        }

        foreach (var mention in analysis.Mentions.Where(m => m.Entity is not null))
        {
            if (index.RecordsByEntity.TryGetValue(mention.Entity!.Id, out var records))
            {
                foreach (var r in records.Take(1000))
                {
                    scores[r] = scores.GetValueOrDefault(r) + 1;
                }
            }
        }

        return scores.Where(kv => kv.Value >= RelatedThreshold)
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key)
            .Take(MaxRelated)
            .Select(kv => new RelatedFact(index.Records[kv.Key].Id, index.Records[kv.Key].Sentence, kv.Value / (kv.Value + 4)))
            .ToList();
    }
}
