using FactBot.Core.Checking;
using FactBot.Core.Comparison;
using FactBot.Core.Facts;
using FactBot.Core.Reading;

namespace FactBot.Core.Decision;

/// <summary>Describes a decided claim with the features the confidence model weighs.</summary>
internal static class FeatureExtractor
{
    private const int Capacity = 28;

    public static AnswerFeatures Of(ClaimReading claim, ClauseVerdict verdict, int related)
    {
        // Sized for every feature a decisive answer adds, so it never grows.
        var values = new Dictionary<string, double>(Capacity, StringComparer.Ordinal)
        {
            ["bias"] = 1,
            ["tokens"] = Math.Log(1 + claim.Tokens.Count),
            ["clauses"] = verdict.Clauses - 1,
            ["french"] = claim.Language == Language.French ? 1 : 0,
            ["question"] = claim.IsYesNoQuestion ? 1 : 0,
            ["negations"] = claim.Negations.Count,
            ["entities"] = claim.Mentions.Count(m => m.Kind == MentionKind.Entity),
            ["unknownNames"] = claim.Mentions.Count(m => m.Kind == MentionKind.UnknownName),
            ["values"] = claim.Mentions.Count(m => m.IsTime || m.Kind is MentionKind.Money or MentionKind.Number),
            ["corrections"] = claim.Tokens.Count(t => t.Corrected),
        };
        return verdict.Verdict is Verdict.Supported or Verdict.Contradicted
            ? Decisive(claim, verdict, values)
            : Undecided(verdict, values, related);
    }

    public static AnswerFeatures Question(ClaimReading claim, int related) => new(Verdict.Unknown, new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["bias"] = 1,
        ["whQuestion"] = claim.IsWhQuestion ? 1 : 0,
        ["noClaim"] = claim.IsWhQuestion ? 0 : 1,
        ["related"] = related,
    });

    private static AnswerFeatures Decisive(ClaimReading claim, ClauseVerdict verdict, Dictionary<string, double> values)
    {
        var deciding = verdict.Deciding!;
        var rivals = verdict.Outcomes.Where(o => o.Record != deciding.Record).ToArray();
        values["contradicted"] = verdict.Verdict == Verdict.Contradicted ? 1 : 0;
        values["polarity"] = deciding.Contradiction == ContradictionKind.Polarity ? 1 : 0;
        values["roleSwap"] = deciding.Contradiction == ContradictionKind.RoleSwap ? 1 : 0;
        values["order"] = deciding.Contradiction == ContradictionKind.Order ? 1 : 0;
        values["wholeList"] = deciding.Clash?.ClaimsWholeList == true ? 1 : 0;
        values["unexplained"] = verdict.Clause is { } clause ? ClauseDecider.Unexplained(claim, clause, deciding) : 0;
        values["matchedSlots"] = deciding.MatchedSlots;
        values["joined"] = Math.Max(0, verdict.Supporting.Count - 1);
        values["reported"] = deciding.Record.Attribution is not null || deciding.Record.Hedge is not null ? 1 : 0;
        values["inherited"] = verdict.Clause?.Inherited.Count > 0 ? 1 : 0;
        values["rivals"] = rivals.Length;
        values["margin"] = Math.Min(5, deciding.Score - (rivals.Length == 0 ? 0 : rivals.Max(o => o.Score)));
        values["score"] = deciding.Score;
        return new AnswerFeatures(verdict.Verdict, values);
    }

    private static AnswerFeatures Undecided(ClauseVerdict verdict, Dictionary<string, double> values, int related)
    {
        values["near"] = verdict.Deciding is null ? 0 : 1;
        values["missing"] = verdict.Missing.Count;
        values["candidates"] = verdict.Outcomes.Count;
        values["related"] = related;
        values["nearScore"] = verdict.Deciding?.Score ?? 0;

        // What kept it open: one stray word (often a word the vocabulary lacks) against another party or a finer
        // value (a detail the records really do not give).
        values["nearSupports"] = verdict.Deciding?.Kind == OutcomeKind.Supports ? 1 : 0;
        values["nearContradicts"] = verdict.Deciding?.Kind == OutcomeKind.Contradicts ? 1 : 0;
        values["missingOne"] = verdict.Missing.Count == 1 ? 1 : 0;
        values["missingParty"] = verdict.Missing.Count(m => m.Kind == MentionKind.Entity);
        values["missingValue"] = verdict.Missing.Count(m => m.IsTime || m.Kind is MentionKind.Money or MentionKind.Number);
        return new AnswerFeatures(Verdict.Unknown, values);
    }
}
