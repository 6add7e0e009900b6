using FactBot.Application.Checks;
using FactBot.Core.Checking;
using FactBot.Core.Facts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace FactBot.Application.Tests.Checks;

public sealed class RecordDeadlineTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly IClaimCheckService checker = Substitute.For<IClaimCheckService>();
    private readonly IClaimLog log = Substitute.For<IClaimLog>();
    private readonly ClaimCheckRecorder recorder;

    public RecordDeadlineTests()
    {
        recorder = new ClaimCheckRecorder(
            checker, log, time, NullLogger<ClaimCheckRecorder>.Instance, Options.Create(new CheckRecordingOptions { RecordTimeout = TimeSpan.FromMilliseconds(300) }));
        checker.CheckAsync(Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(call => new CheckResult(call.Arg<string>(), Verdict.Unknown, 0.5, null, "No record says.", Language.English, []));

        // A log that never answers (unless its write is cancelled).
        log.TryAddWithoutRetryAsync(Arg.Any<CheckRecord>(), Arg.Any<CancellationToken>())
            .Returns(async call =>
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, time, call.Arg<CancellationToken>());
                return true;
            });
    }

    [Fact]
    public async Task A_check_whose_log_hangs_is_answered_unrecorded_once_the_record_timeout_passes()
    {
        var check = recorder.CheckAndRecordAsync("A claim.", ClaimCheckRecorder.ApiChannel, CancellationToken.None);
        await Task.Delay(50);
        var doneBeforeDeadline = check.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(300));
        var answered = await check.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(doneBeforeDeadline);
        Assert.False(answered.Recorded);
        Assert.Equal(Verdict.Unknown, answered.Result.Verdict);
    }

    [Fact]
    public async Task A_write_slower_than_the_record_timeout_is_answered_unrecorded_yet_not_cancelled_so_the_row_can_still_land()
    {
        var slow = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        CancellationToken given = default;
        log.TryAddWithoutRetryAsync(Arg.Any<CheckRecord>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            given = call.Arg<CancellationToken>();
            return slow.Task;
        });

        var check = recorder.CheckAndRecordAsync("A claim.", ClaimCheckRecorder.ApiChannel, CancellationToken.None);
        await Task.Delay(50);
        time.Advance(TimeSpan.FromMilliseconds(300));
        var answered = await check.WaitAsync(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(30));
        var cancelledAfterAnswer = given.IsCancellationRequested;
        slow.SetResult(true);

        Assert.False(answered.Recorded);
        Assert.False(cancelledAfterAnswer);
        await log.Received(1).TryAddWithoutRetryAsync(Arg.Is<CheckRecord>(r => r.Id == answered.Record.Id), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task The_callers_own_cancellation_still_cancels_the_check()
    {
        using var cancel = new CancellationTokenSource();

        var check = recorder.CheckAndRecordAsync("A claim.", ClaimCheckRecorder.ApiChannel, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => check.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:01:00")]
    public void A_record_timeout_out_of_range_is_refused(string timeout)
    {
        var result = new CheckRecordingOptionsValidator().Validate(null, new CheckRecordingOptions { RecordTimeout = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(result.Failed);
        Assert.Contains("RecordTimeout", result.FailureMessage, StringComparison.Ordinal);
    }
}
