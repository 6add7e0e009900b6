namespace FactBot.Functions.Limits;

/// <summary>Per-caller rate limit (a token bucket per caller), section <c>FactBot:RateLimit</c>; validated on start.</summary>
public sealed class CallerRateLimitOptions
{
    public const string SectionName = "FactBot:RateLimit";

    /// <summary>
    /// Requests a caller may make per second, sustained; 0 (the default) turns the limit off, so that a deployment opts in
    /// with a figure that fits its callers (e.g. 50, with a burst of 100).
    /// </summary>
    public int PermitsPerSecond { get; set; }

    /// <summary>Requests a caller may make at once after being idle (the bucket's size).</summary>
    public int Burst { get; set; }
}
