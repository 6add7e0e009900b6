namespace FactBot.Application.Checks;

/// <summary>The log of checks. Writes are insert-if-absent: recording the same id twice keeps the first.</summary>
public interface IClaimLog
{
    /// <summary>Records the check; returns false when a check with this id already exists. Throws when the store fails.</summary>
    Task<bool> TryAddAsync(CheckRecord check, CancellationToken cancellationToken);

    Task<CheckRecord?> FindAsync(string checkId, CancellationToken cancellationToken);
}
