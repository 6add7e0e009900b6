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
    private readonly ConfidenceModel model;

    public ClaimEngine(FactSnapshot snapshot, IStemmer stemmer)
        : this(snapshot, stemmer, ConfidenceModel.Default)
    {
    }

    /// <summary>The engine with another confidence model: <c>factbot calibrate</c> reads answers with abstention off and forced.</summary>
    internal ClaimEngine(FactSnapshot snapshot, IStemmer stemmer, ConfidenceModel model)
    {
        index = new FactIndex(snapshot, stemmer);
        analyzer = new ClaimReader(index);
        this.model = model;
    }

    public FactSnapshot Snapshot => index.Snapshot;

    /// <summary>How the engine reads and decides <paramref name="claim"/>, line by line: tokens, mentions, terms, clauses and the records each applies to.</summary>
    public string Trace(string claim)
    {
        var reading = analyzer.Read(claim);
        return ClaimTrace.Describe(reading, ClauseReader.Read(reading), index) + $"result:   {Check(claim)}";
    }

    public CheckResult Check(string claim) => Assess(claim).Result;

    /// <summary>The answer for <paramref name="claim"/> with the features its confidence was computed from.</summary>
    public Assessment Assess(string claim)
    {
        var reading = analyzer.Read(claim);
        var language = reading.Language;
        if (reading.IsWhQuestion || (reading.Terms.Count == 0 && reading.Mentions.Count == 0))
        {
            var related = reading.IsWhQuestion ? Related(reading) : [];
            var features = FeatureExtractor.Question(reading, related.Count);
            var explanation = reading.IsWhQuestion ? Explanations.Question(language) : Explanations.NoClaim(language);
            return new Assessment(Unknown(reading, model.Probability(features), explanation, related), features);
        }

        var clauses = ClauseReader.Read(reading);
        var verdict = ClaimDecider.Decide(reading, clauses, index) with { Clauses = clauses.Count };
        if (verdict.Verdict is Verdict.Supported or Verdict.Contradicted)
        {
            var features = FeatureExtractor.Of(reading, verdict, 0);
            var confidence = model.Probability(features);

            // Two sources that say opposite things about this fact: both are quoted, neither is picked.
            if (SourceDisagreement.Find(verdict) is { } other)
            {
                return new Assessment(SourceDisagreement.Result(reading, confidence, verdict.Deciding!, other, []), features);
            }

            if (confidence >= model.AbstainBelow)
            {
                var explanation = verdict.Verdict == Verdict.Supported
                    ? Explanations.Supported(verdict.Deciding!, language)
                    : Explanations.Contradicted(verdict.Deciding!, language, verdict.Against);
                return new Assessment(Result(reading, verdict.Verdict, confidence, verdict.Deciding!, explanation), features);
            }

            // Too unsure to say: the record stays as the closest statement.
            verdict = verdict with { Verdict = Verdict.Unknown, Missing = [] };
        }

        return UnknownVerdict(reading, verdict);
    }

    private Assessment UnknownVerdict(ClaimReading reading, ClauseVerdict verdict)
    {
        var related = Related(reading);
        var features = FeatureExtractor.Of(reading, verdict, related.Count);
        var confidence = model.Probability(features);
        var explanation = verdict.Deciding is { } near && verdict.Missing.Count > 0
            ? Explanations.Partial(near, verdict.Missing, reading.Language)
            : Explanations.Unknown(related.Count > 0, reading.Language);
        return new Assessment(Unknown(reading, confidence, explanation, related), features);
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
        // Sized once for every posting: growing it step by step allocated several tables per claim.
        var postings = 0;
        foreach (var occurrence in analysis.Terms)
        {
            postings += occurrence.Uses.Count;
        }

        var scores = new Dictionary<int, double>(Math.Min(postings, index.Records.Count));
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

        var related = new List<RelatedFact>(MaxRelated);
        foreach (var (record, score) in Best(scores))
        {
            related.Add(new RelatedFact(index.Records[record].Id, index.Records[record].Sentence, score / (score + 4)));
        }

        return related;
    }

    // The closest records above the threshold, highest score first, then seed order: a pass keeping the few best,
    // not a sort of every record touched.
    private static List<(int Record, double Score)> Best(Dictionary<int, double> scores)
    {
        var best = new List<(int Record, double Score)>(MaxRelated + 1);
        foreach (var (record, score) in scores)
        {
            if (score < RelatedThreshold)
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && (best[at - 1].Score < score || (best[at - 1].Score == score && best[at - 1].Record > record)))
            {
                at--;
            }

            if (at < MaxRelated)
            {
                best.Insert(at, (record, score));
                if (best.Count > MaxRelated)
                {
                    best.RemoveAt(MaxRelated);
                }
            }
        }

        return best;
    }
}
