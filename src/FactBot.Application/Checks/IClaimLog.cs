namespace FactBot.Application.Checks;

/// <summary>The log of checks. Writes are insert-if-absent: recording the same id twice keeps the first.</summary>
public interface IClaimLog
{
    /// <summary>Records the check; returns false when a check with this id already exists. Throws when the store fails.</summary>
    Task<bool> TryAddAsync(CheckRecord check, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="TryAddAsync"/> in one attempt: a store that fails is not retried. For a caller with a latency budget
    /// that answers without the record rather than wait (the check path); a delivery, which must not be acknowledged
    /// unrecorded, uses <see cref="TryAddAsync"/> and its retries.
    /// </summary>
    Task<bool> TryAddWithoutRetryAsync(CheckRecord check, CancellationToken cancellationToken);

    Task<CheckRecord?> FindAsync(string checkId, CancellationToken cancellationToken);
}
