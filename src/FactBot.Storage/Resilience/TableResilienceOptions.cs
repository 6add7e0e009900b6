namespace FactBot.Storage.Resilience;

/// <summary>
/// Settings of the Table Storage resilience pipeline, bound from "FactBot:Storage:Resilience".
/// The defaults suit an Azure Function talking to a storage account in the same region: a refused or failing store is
/// detected (the breaker opens) within about a second of traffic, an open breaker rejects a call in well under a
/// millisecond, and a restarted store is tried again one break (1 s) later.
/// </summary>
public sealed class TableResilienceOptions
{
    public const string SectionName = "FactBot:Storage:Resilience";

    /// <summary>Retries after the first attempt; 0 disables retrying.</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>First retry delay; later ones grow exponentially, with jitter so that instances do not retry in step.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Cap on any single retry delay, including a server's Retry-After hint.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Time allowed for one attempt; a hung request is cancelled and retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of failed calls within the sampling window that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the sampling window before the breaker may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 4;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an open circuit rejects calls before letting a trial call through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time the health probe waits for the store, retries included, before it reports the store unreachable.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
