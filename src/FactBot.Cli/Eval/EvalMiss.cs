using FactBot.Core.Checking;

namespace FactBot.Cli.Eval;

/// <summary>A case the engine got wrong: <see cref="Reason"/> is "verdict" or "evidence".</summary>
internal sealed record EvalMiss(string Id, string Claim, Verdict Expected, Verdict Got, string? Evidence, string Reason);
