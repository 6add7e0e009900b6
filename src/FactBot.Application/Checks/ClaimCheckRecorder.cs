using FactBot.Application.Telemetry;
using FactBot.Core.Checking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactBot.Application.Checks;

/// <summary>
/// Checks a claim and records the check in the claim log (table <c>Checks</c>, or memory on the embedded store); every
/// check of every channel goes through <see cref="CheckAsync"/>, which reports it to <see cref="CheckTelemetry"/> when one is registered.
/// </summary>
/// <remarks>
/// A check never waits on a broken log: recording is one attempt (<see cref="IClaimLog.TryAddWithoutRetryAsync"/>: a
/// failing store is not retried), awaited at most <see cref="CheckRecordingOptions.RecordTimeout"/>, after which the
/// check is answered with <c>Recorded = false</c> (the write itself goes on, so the row may still appear). Deliveries (webhook, chat) record through the log directly, with its retries,
/// and wait for it, because they must not acknowledge what they could not record.
/// </remarks>
public sealed partial class ClaimCheckRecorder(
    IClaimCheckService checker,
    IClaimLog log,
    TimeProvider time,
    ILogger<ClaimCheckRecorder> logger,
    IOptions<CheckRecordingOptions>? options = null,
    CheckTelemetry? telemetry = null)
{
    private readonly TimeSpan recordTimeout = (options?.Value ?? new CheckRecordingOptions()).RecordTimeout;

    public const string ApiChannel = "api";
    public const string BatchChannel = "batch";
    public const string WebhookChannel = "webhook";

    /// <summary>A new check id: a version-7 GUID (time-ordered) as 32 lowercase hex digits.</summary>
    public string NewCheckId() => Guid.CreateVersion7(time.GetUtcNow()).ToString("N");

    /// <summary>Checks the claim under <paramref name="checkId"/> without recording it.</summary>
    public async Task<RecordedCheck> CheckAsync(string claim, string channel, string checkId, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var result = await checker.CheckAsync(claim, cancellationToken);
        var record = CheckRecord.From(checkId, result, channel, time.GetUtcNow());
        telemetry?.Answered(record, time.GetElapsedTime(started));
        return new RecordedCheck(record, result, Recorded: false);
    }

    /// <summary>
    /// Checks the claim under a new id and records it. A claim log that fails does not fail the check: the result
    /// comes back with <c>Recorded = false</c> and the failure is logged.
    /// </summary>
    public Task<RecordedCheck> CheckAndRecordAsync(string claim, string channel, CancellationToken cancellationToken) =>
        CheckAndRecordAsync(claim, origin: null, channel, cancellationToken);

    /// <inheritdoc cref="CheckAndRecordAsync(string, string, CancellationToken)"/>
    public async Task<RecordedCheck> CheckAndRecordAsync(string claim, ClaimOrigin? origin, string channel, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(claim, channel, NewCheckId(), cancellationToken);
        if (origin is { IsEmpty: false })
        {
            check = check with { Record = check.Record with { Origin = origin } };
        }

        return check with { Recorded = await TryRecordAsync(check.Record, cancellationToken) };
    }

    /// <summary>Checks each claim (in order) and records them all; failures to record are per claim.</summary>
    public async Task<IReadOnlyList<RecordedCheck>> CheckAndRecordAllAsync(IReadOnlyList<string> claims, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var checks = new RecordedCheck[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            checks[i] = await CheckAsync(claims[i], channel, NewCheckId(), cancellationToken);
        }

        var recorded = await Task.WhenAll(checks.Select(c => TryRecordAsync(c.Record, cancellationToken)));
        return checks.Select((c, i) => c with { Recorded = recorded[i] }).ToArray();
    }

    /// <summary>
    /// Starts the write (one attempt) and waits for it at most the record timeout. The write is not cancelled then: it
    /// goes on in the background, bounded by the storage pipeline's attempt timeout, so a slow but working store still
    /// gets the row; the answer says <c>Recorded = false</c> because the row was not confirmed in time. A write that
    /// fails later is logged like one that fails at once.
    /// </summary>
    private async Task<bool> TryRecordAsync(CheckRecord record, CancellationToken cancellationToken)
    {
        // Not the request's token: a write already sent is not abandoned because the answer went out first.
        var write = log.TryAddWithoutRetryAsync(record, CancellationToken.None);
        try
        {
            await write.WaitAsync(recordTimeout, time, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            _ = write.ContinueWith(
                (late, state) => RecordFailed(logger, late.Exception!.GetBaseException(), ((CheckRecord)state!).Id, ((CheckRecord)state!).Channel),
                record,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RecordFailed(logger, ex, record.Id, record.Channel);
            return false;
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Check {CheckId} ({Channel}) was answered but could not be recorded")]
    private static partial void RecordFailed(ILogger logger, Exception exception, string checkId, string channel);
}
