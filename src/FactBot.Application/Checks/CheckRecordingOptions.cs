namespace FactBot.Application.Checks;

/// <summary>How long a check (<c>POST /api/claims/check</c>, batch) waits for the claim log, section <c>FactBot:Checks</c>.</summary>
public sealed class CheckRecordingOptions
{
    public const string SectionName = "FactBot:Checks";

    /// <summary>
    /// Longest wait for the claim-log write before the check is answered anyway with <c>recorded: false</c>. A healthy
    /// table answers in milliseconds; this bounds the checks that arrive while a dead store is being detected.
    /// </summary>
    public TimeSpan RecordTimeout { get; set; } = TimeSpan.FromMilliseconds(300);
}
