using FactBot.Application.Checks;
using FactBot.Application.Telemetry;
using FactBot.Core.Checking;
using FactBot.Core.Facts;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace FactBot.Application.Tests.Telemetry;

public sealed class CheckTelemetryTests : IDisposable
{
    private const string SecretClaim = "Zorblax the accountant founded the lab in 1801.";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TestMeterFactory meters = new();
    private readonly FakeTimeProvider time = new(Now);
    private readonly FakeLogger<CheckTelemetry> logger = new();
    private readonly IClaimCheckService checker = Substitute.For<IClaimCheckService>();
    private readonly ClaimCheckRecorder recorder;

    public CheckTelemetryTests()
    {
        var telemetry = new CheckTelemetry(meters, logger);
        recorder = new ClaimCheckRecorder(checker, Substitute.For<IClaimLog>(), time, NullLogger<ClaimCheckRecorder>.Instance, telemetry: telemetry);
        checker.CheckAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            time.Advance(TimeSpan.FromMilliseconds(30));
            var verdict = call.Arg<string>().Contains("1801", StringComparison.Ordinal) ? Verdict.Contradicted : Verdict.Unknown;
            return new CheckResult(call.Arg<string>(), verdict, 0.87, null, "Because.", Language.English, []);
        });
    }

    [Fact]
    public async Task Each_answered_check_counts_once_under_its_channel_and_verdict()
    {
        using var counter = Collector<long>(CheckTelemetry.VerdictCounterName);

        await recorder.CheckAndRecordAsync(SecretClaim, ClaimCheckRecorder.ApiChannel, CancellationToken.None);
        await recorder.CheckAndRecordAllAsync([SecretClaim, "Something else."], ClaimCheckRecorder.BatchChannel, CancellationToken.None);
        await recorder.CheckAsync("Something else.", "slack", "delivery-1", CancellationToken.None);

        var counts = counter.GetMeasurementSnapshot()
            .GroupBy(m => (Channel: (string)m.Tags[CheckTelemetry.ChannelTag]!, Verdict: (string)m.Tags[CheckTelemetry.VerdictTag]!))
            .ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        Assert.Equal(
            new Dictionary<(string, string), long>
            {
                [("api", "contradicted")] = 1,
                [("batch", "contradicted")] = 1,
                [("batch", "unknown")] = 1,
                [("slack", "unknown")] = 1,
            },
            counts);
        Assert.All(counter.GetMeasurementSnapshot(), m => Assert.Equal("0.8-0.9", m.Tags[CheckTelemetry.ConfidenceBucketTag]));
    }

    [Fact]
    public async Task The_latency_of_a_check_is_recorded_in_seconds_with_its_channel()
    {
        using var histogram = Collector<double>(CheckTelemetry.DurationHistogramName);

        await recorder.CheckAndRecordAsync(SecretClaim, ClaimCheckRecorder.WebhookChannel, CancellationToken.None);

        var measurement = Assert.Single(histogram.GetMeasurementSnapshot());
        Assert.Equal(0.030, measurement.Value, precision: 6);
        Assert.Equal("webhook", measurement.Tags[CheckTelemetry.ChannelTag]);
    }

    [Fact]
    public async Task The_log_line_carries_check_id_verdict_channel_and_confidence_bucket_but_never_the_claim()
    {
        var check = await recorder.CheckAndRecordAsync(SecretClaim, ClaimCheckRecorder.ApiChannel, CancellationToken.None);

        var entry = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Information, entry.Level);
        var state = entry.StructuredState!.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(check.Record.Id, state["CheckId"]);
        Assert.Equal("contradicted", state["Verdict"]);
        Assert.Equal("api", state["Channel"]);
        Assert.Equal("0.8-0.9", state["ConfidenceBucket"]);
        Assert.Equal("30", state["ElapsedMs"]);
        Assert.DoesNotContain("Zorblax", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(state.Values, v => v?.Contains("Zorblax", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData(0.0, "0.0-0.1")]
    [InlineData(0.099, "0.0-0.1")]
    [InlineData(0.5, "0.5-0.6")]
    [InlineData(0.95, "0.9-1.0")]
    [InlineData(1.0, "0.9-1.0")]
    public void A_confidence_falls_in_its_tenth(double confidence, string bucket)
    {
        Assert.Equal(bucket, CheckTelemetry.ConfidenceBucket(confidence));
    }

    public void Dispose() => meters.Dispose();

    private MetricCollector<T> Collector<T>(string instrument)
        where T : struct =>
        new(meters, CheckTelemetry.MeterName, instrument, time);
}
