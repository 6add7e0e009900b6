using FactBot.Core.Checking;

namespace FactBot.Application.Checks;

/// <summary>
/// The engine's confidence as FactBot reports it and records it: to three decimals, so that a check read back from the
/// claim log shows the very figure it was answered with.
/// </summary>
public static class ReportedConfidence
{
    public static double Of(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Math.Round(result.Confidence, 3);
    }
}
