using FactBot.Core.Checking;
using FactBot.Core.Comparison;
using FactBot.Core.Facts;
using FactBot.Core.Reading;

namespace FactBot.Core.Decision;

/// <summary>
/// Two sources that disagree on the fact a claim states: the deciding record supports it (or contradicts it) while a
/// record of another source, about the same fact (the claim's relation words read as both records' relation, the same
/// names accounted for), says the opposite. The engine then answers unknown and quotes both, rather than pick one.
/// With a single source there is never a disagreement, so one article's answers are untouched.
/// </summary>
internal static class SourceDisagreement
{
    /// <summary>
    /// The record of another source that says the opposite of <paramref name="verdict"/>'s deciding one, if any. Each
    /// source's records about the fact must all agree among themselves: a source whose own records both support and
    /// contradict the claim knows several such events (two investments), so another source's value is not a dispute.
    /// </summary>
    public static RecordOutcome? Find(ClauseVerdict verdict)
    {
        if (verdict.Deciding is not { } deciding
            || verdict.Verdict is not (Verdict.Supported or Verdict.Contradicted)
            || deciding.Contradiction == ContradictionKind.Order
            || !verdict.Outcomes.Any(o => !string.Equals(o.Record.Source.Id, deciding.Record.Source.Id, StringComparison.Ordinal)))
        {
            // With no outcome from another source there is no one to disagree (one article's checks stop here).
            return null;
        }

        var kind = verdict.Verdict == Verdict.Supported ? OutcomeKind.Supports : OutcomeKind.Contradicts;
        var opposite = kind == OutcomeKind.Supports ? OutcomeKind.Contradicts : OutcomeKind.Supports;
        var bySource = verdict.Outcomes
            .Where(o => o.Kind is OutcomeKind.Supports or OutcomeKind.Contradicts && o.Contradiction != ContradictionKind.Order && (o == deciding || SameFact(o, deciding)))
            .GroupBy(o => o.Record.Source.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (!bySource.TryGetValue(deciding.Record.Source.Id, out var own) || own.Any(o => o.Kind == opposite))
        {
            return null;
        }

        return bySource.Where(s => s.Key != deciding.Record.Source.Id && s.Value.All(o => o.Kind == opposite))
            .SelectMany(s => s.Value)
            .OrderByDescending(o => o.Score)
            .ThenBy(o => o.Order)
            .FirstOrDefault();
    }

    /// <summary>The answer that quotes both records, each with its source.</summary>
    public static CheckResult Result(ClaimReading reading, double confidence, RecordOutcome deciding, RecordOutcome other, IReadOnlyList<RelatedFact> related)
    {
        var (supporting, contradicting) = deciding.Kind == OutcomeKind.Supports ? (deciding, other) : (other, deciding);
        var conflicting = new[] { supporting, contradicting }.Select(o => new Evidence(o.Record.Id, o.Record.Sentence, o.Record.Source)).ToArray();
        return new CheckResult(reading.Claim, Verdict.Unknown, confidence, null, Explain(supporting.Record, contradicting.Record, reading.Language), reading.Language, related)
        {
            Conflicting = conflicting,
        };
    }

    private static string Explain(FactRecord supporting, FactRecord contradicting, Language language) => language == Language.French
        ? $"Les sources se contredisent. « {supporting.Source.Title} » ({supporting.Source.Published}) le confirme : « {supporting.Sentence} » "
          + $"Mais « {contradicting.Source.Title} » ({contradicting.Source.Published}) dit autre chose : « {contradicting.Sentence} »"
        : $"The sources disagree. \"{supporting.Source.Title}\" ({supporting.Source.Published}) confirms it: \"{supporting.Sentence}\" "
          + $"But \"{contradicting.Source.Title}\" ({contradicting.Source.Published}) says otherwise: \"{contradicting.Sentence}\"";

    // The same relation (by id, or by reading the same claim words as relation), every name the deciding record
    // accounts for accounted for by the other one too, and each record's key values (what it is about) found among
    // the other's values: "Ada criticised Acme in 2020" and "Lindqvist criticised Acme" are two facts, not one.
    private static bool SameFact(RecordOutcome other, RecordOutcome deciding)
    {
        var ids = deciding.Record.Relation.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var sameRelation = ids.SetEquals(other.Record.Relation.Select(g => g.Id))
            || (deciding.RelationTerms.Count > 0 && deciding.RelationTerms.SetEquals(other.RelationTerms));
        var names = deciding.Covered.Where(m => m.Kind == MentionKind.Entity);
        return sameRelation && names.All(other.Covered.Contains) && KeysWithin(deciding.Record, other.Record) && KeysWithin(other.Record, deciding.Record);
    }

    private static bool KeysWithin(FactRecord record, FactRecord other)
    {
        var values = other.Slots.SelectMany(s => s.Values).ToHashSet();
        return record.Slots.Where(s => s.Match == SlotMatch.Key).SelectMany(s => s.Values).All(values.Contains);
    }
}
