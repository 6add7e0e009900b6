namespace FactBot.Core.Checking;

/// <summary>Checks claims against the current facts of the configured store.</summary>
public interface IClaimCheckService
{
    ValueTask<CheckResult> CheckAsync(string claim, CancellationToken cancellationToken);
}
