using FactBot.Core.Checking;

namespace FactBot.Application.Checks;

/// <summary>A claim checked under an id: the claim-log row, the engine's result, and whether the row was written.</summary>
public sealed record RecordedCheck(CheckRecord Record, CheckResult Result, bool Recorded);
