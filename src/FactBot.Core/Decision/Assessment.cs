using FactBot.Core.Checking;

namespace FactBot.Core.Decision;

/// <summary>An answer with the features its confidence came from, for fitting and checking the confidence model.</summary>
public sealed record Assessment(CheckResult Result, AnswerFeatures Features);
