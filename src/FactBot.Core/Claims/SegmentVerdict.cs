using FactBot.Core.Checking;

namespace FactBot.Core.Claims;

/// <summary>The verdict on one clause, with the deciding record's outcome and what was left unexplained.</summary>
internal sealed record SegmentVerdict(
    Verdict Verdict,
    RecordOutcome? Deciding,
    IReadOnlyList<RecordOutcome> Supporting,
    IReadOnlyList<Mention> Missing,
    bool HasCandidates);
