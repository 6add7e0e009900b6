namespace FactBot.Application.Facts;

/// <summary>A cheap check for the health route: can the fact store answer right now?</summary>
public interface IStoreProbe
{
    /// <summary>True when the store answered; false (never an exception) when it did not, within a short timeout.</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);
}
