namespace FactBot.Application.Checks;

/// <summary>How long a check (<c>POST /api/claims/check</c>, batch) waits for the claim log, section <c>FactBot:Checks</c>.</summary>
public sealed class CheckRecordingOptions
{
    public const string SectionName = "FactBot:Checks";

    /// <summary>
    /// Longest wait for the claim-log write (one attempt, no retry) before the check is answered anyway with
    /// <c>recorded: false</c>, meaning "not confirmed": the write is not cancelled and may still land. A healthy table
    /// answers in a few milliseconds and a refused connection fails at once; this bounds the rest (a store that hangs or
    /// is overloaded), so that a check with the store down stays well under 50 ms.
    /// </summary>
    public TimeSpan RecordTimeout { get; set; } = TimeSpan.FromMilliseconds(40);
}
