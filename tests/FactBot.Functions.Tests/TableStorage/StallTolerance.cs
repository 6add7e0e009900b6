namespace FactBot.Functions.Tests.TableStorage;

/// <summary>
/// Settings for Azurite-backed hosts whose tests assert rows and answers, not timings: a second's stall of a shared test
/// machine must not time out a burst of requests together and open the storage breaker under them.
/// </summary>
internal static class StallTolerance
{
    public const string AttemptTimeoutSetting = "FactBot:Storage:Resilience:AttemptTimeout";

    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
}
