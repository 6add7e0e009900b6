namespace FactBot.Core.Checking;

/// <summary>Checks a claim against an in-memory snapshot of fact records, synchronously and without I/O.</summary>
public interface IClaimChecker
{
    CheckResult Check(string claim);
}
