using FactBot.Core.Checking;

namespace FactBot.Cli.Eval;

/// <summary>A labelled case and what the engine answered for it.</summary>
internal sealed record EvalOutcome(EvalCase Case, CheckResult Result);
