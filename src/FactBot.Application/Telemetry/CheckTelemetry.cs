using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using FactBot.Application.Checks;
using Microsoft.Extensions.Logging;

namespace FactBot.Application.Telemetry;

/// <summary>
/// What every answered check leaves behind, whatever its channel: one count on <c>factbot.checks</c> (by channel,
/// verdict and confidence bucket), its latency on <c>factbot.check.duration</c>, and one structured log line with the
/// check id. Never the claim text: that stays in the claim log, under its retention.
/// </summary>
public sealed partial class CheckTelemetry
{
    public const string MeterName = "FactBot.Checks";
    public const string VerdictCounterName = "factbot.checks";
    public const string DurationHistogramName = "factbot.check.duration";

    public const string ChannelTag = "factbot.channel";
    public const string VerdictTag = "factbot.verdict";
    public const string ConfidenceBucketTag = "factbot.confidence_bucket";

    private readonly Counter<long> checks;
    private readonly Histogram<double> duration;
    private readonly ILogger<CheckTelemetry> logger;

    public CheckTelemetry(IMeterFactory meterFactory, ILogger<CheckTelemetry> logger)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        this.logger = logger;
        var meter = meterFactory.Create(MeterName);
        checks = meter.CreateCounter<long>(VerdictCounterName, unit: "{check}", description: "Checks answered, by channel, verdict and confidence bucket.");
        duration = meter.CreateHistogram<double>(
            DurationHistogramName,
            unit: "s",
            description: "Time to answer one check (engine, and the snapshot load on a cold start), by channel and verdict.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
    }

    /// <summary>The tenth of confidence a check falls in, as "0.8-0.9"; a confidence of 1 is in "0.9-1.0".</summary>
    public static string ConfidenceBucket(double confidence)
    {
        var tenth = Math.Clamp((int)Math.Floor(confidence * 10), 0, 9);
        return string.Create(CultureInfo.InvariantCulture, $"{tenth / 10.0:0.0}-{(tenth + 1) / 10.0:0.0}");
    }

    public void Answered(CheckRecord record, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(record);
        var bucket = ConfidenceBucket(record.Confidence);
        var tags = new TagList { { ChannelTag, record.Channel }, { VerdictTag, record.Verdict }, { ConfidenceBucketTag, bucket } };
        checks.Add(1, tags);
        duration.Record(elapsed.TotalSeconds, tags);
        CheckAnswered(logger, record.Id, record.Verdict, record.Channel, bucket, elapsed.TotalMilliseconds);
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "Check {CheckId} answered {Verdict} on {Channel}, confidence {ConfidenceBucket}, in {ElapsedMs:0.###} ms")]
    private static partial void CheckAnswered(ILogger logger, string checkId, string verdict, string channel, string confidenceBucket, double elapsedMs);
}
