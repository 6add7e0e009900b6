using FactBot.Core.Checking;

namespace FactBot.Cli.Eval;

/// <summary>One labelled claim: the verdict expected and substrings any one of which the evidence sentence must contain.</summary>
internal sealed record EvalCase(string Id, string Claim, string? Lang, Verdict Expected, IReadOnlyList<string> EvidenceAny);
