using FactBot.Core.Checking;

namespace FactBot.Cli.Eval;

/// <summary>
/// One labelled claim: the verdict expected, verdicts also accepted (<c>also_ok</c>), substrings any one of which the
/// evidence sentence must contain, the id of the record that must decide it (<c>factId</c>, written claims), and the
/// half of the data it belongs to (<c>split</c>: tune or report), if any.
/// </summary>
internal sealed record EvalCase(string Id, string Claim, string? Lang, Verdict Expected, IReadOnlyList<string> EvidenceAny)
{
    public IReadOnlyList<Verdict> AlsoOk { get; init; } = [];

    public string? Split { get; init; }

    /// <summary>The record the evidence must come from, when the label names one.</summary>
    public string? FactId { get; init; }

    /// <summary>True when <paramref name="verdict"/> is the label or one of the verdicts also accepted.</summary>
    public bool Accepts(Verdict verdict) => verdict == Expected || AlsoOk.Contains(verdict);
}
