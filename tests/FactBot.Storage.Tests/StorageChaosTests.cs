using Azure;
using FactBot.Storage.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Simmy;
using Polly.Simmy.Fault;
using Polly.Simmy.Latency;
using Polly.Testing;
using Polly.Timeout;

namespace FactBot.Storage.Tests;

/// <summary>The storage pipeline under Polly's chaos strategies, on a fake clock.</summary>
public sealed class StorageChaosTests
{
    private readonly FakeTimeProvider time = new();
    private readonly TableResilienceOptions options = new();
    private int attempts;

    [Fact]
    public void Default_pipeline_detects_a_dead_store_within_one_second_and_retries_a_failed_call_at_most_twice()
    {
        var descriptor = new ResiliencePipelineBuilder { TimeProvider = time }.AddTableStorageStrategies(options, NullLogger.Instance).Build().GetPipelineDescriptor();

        var retry = Assert.IsType<RetryStrategyOptions>(descriptor.Strategies[0].Options);
        var breaker = Assert.IsType<CircuitBreakerStrategyOptions>(descriptor.Strategies[1].Options);
        var timeout = Assert.IsType<TimeoutStrategyOptions>(descriptor.Strategies[2].Options);
        Assert.Equal(2, retry.MaxRetryAttempts);
        Assert.NotNull(retry.DelayGenerator);
        Assert.True(breaker.SamplingDuration <= TimeSpan.FromSeconds(1), "failures older than a second should not be needed to open");
        Assert.True(breaker.MinimumThroughput <= 2 * (retry.MaxRetryAttempts + 1), "two failed calls should be enough to open");
        Assert.True(breaker.BreakDuration <= TimeSpan.FromSeconds(1), "a restarted store should be tried again within a second");
        Assert.Equal(TimeSpan.FromSeconds(1), timeout.Timeout);
    }

    [Fact]
    public async Task With_one_attempt_in_five_failing_with_503_every_call_still_succeeds()
    {
        // Arrange: a 20 % injection rate, with draws spread evenly (0.1, 0.3, ... 0.9) so that exactly one attempt in
        // five fails, and the test does not depend on a random seed's luck.
        var draws = 0;
        var faults = 0;
        var pipeline = Chaos(b => b.AddChaosFault(new ChaosFaultStrategyOptions
        {
            InjectionRate = 0.2,
            Randomizer = () => (Interlocked.Increment(ref draws) % 5 * 0.2) + 0.1,
            EnabledGenerator = _ => ValueTask.FromResult(Interlocked.Increment(ref attempts) > 0),
            FaultGenerator = _ =>
            {
                Interlocked.Increment(ref faults);
                return ValueTask.FromResult<Exception?>(new RequestFailedException(503, "injected"));
            },
        }));

        // Act
        var results = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            results.Add(await AdvanceUntilDone(pipeline.ExecuteAsync(_ => ValueTask.FromResult("ok"), CancellationToken.None).AsTask()));
        }

        // Assert: every call succeeded, one attempt in five failed, and each failure cost exactly one retry.
        Assert.All(results, r => Assert.Equal("ok", r));
        Assert.InRange(faults, 49, 51);
        Assert.Equal(results.Count + faults, attempts);
    }

    [Fact]
    public async Task With_every_attempt_failing_the_breaker_opens_and_then_rejects_at_once_without_touching_the_store()
    {
        // Arrange
        var pipeline = Chaos(b => b.AddChaosFault(new ChaosFaultStrategyOptions
        {
            InjectionRate = 1,
            EnabledGenerator = _ => ValueTask.FromResult(Interlocked.Increment(ref attempts) > 0),
            FaultGenerator = _ => ValueTask.FromResult<Exception?>(new RequestFailedException(503, "injected")),
        }));
        var started = time.GetUtcNow();

        // Act: calls fail until the breaker opens; then one more call.
        Exception? last = null;
        for (var i = 0; i < 5 && last is not BrokenCircuitException; i++)
        {
            last = await Record.ExceptionAsync(() => AdvanceUntilDone(pipeline.ExecuteAsync(_ => ValueTask.FromResult("ok"), CancellationToken.None).AsTask()));
        }

        var detectedAfter = time.GetUtcNow() - started;
        var attemptsWhenOpen = attempts;
        var rejected = pipeline.ExecuteAsync(_ => ValueTask.FromResult("ok"), CancellationToken.None).AsTask();
        var completedAtOnce = rejected.IsCompleted;
        var error = await Record.ExceptionAsync(() => rejected);

        // Assert
        Assert.IsType<BrokenCircuitException>(last);
        Assert.True(detectedAfter <= TimeSpan.FromSeconds(1), $"the breaker opened after {detectedAfter.TotalMilliseconds} ms of fake time");
        Assert.True(completedAtOnce, "an open breaker should reject without waiting for any delay");
        Assert.IsType<BrokenCircuitException>(error);
        Assert.Equal(attemptsWhenOpen, attempts);
    }

    [Fact]
    public async Task With_every_attempt_hanging_the_attempt_timeout_cuts_each_one_after_a_second()
    {
        // Arrange: every attempt would take a minute.
        var pipeline = Chaos(b => b.AddChaosLatency(new ChaosLatencyStrategyOptions
        {
            InjectionRate = 1,
            Latency = TimeSpan.FromMinutes(1),
            EnabledGenerator = _ => ValueTask.FromResult(Interlocked.Increment(ref attempts) > 0),
        }));

        // Act
        var call = pipeline.ExecuteAsync(_ => ValueTask.FromResult("ok"), CancellationToken.None).AsTask();
        time.Advance(options.AttemptTimeout - TimeSpan.FromMilliseconds(1));
        await Task.Delay(20);
        var attemptsBeforeTimeout = attempts;
        var started = time.GetUtcNow();
        var error = await Record.ExceptionAsync(() => AdvanceUntilDone(call));

        // Assert: three attempts, each cut at the timeout, and the whole call well under the injected minute.
        Assert.Equal(1, attemptsBeforeTimeout);
        Assert.IsType<TimeoutRejectedException>(error);
        Assert.Equal(3, attempts);
        Assert.True(time.GetUtcNow() - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_single_attempt_call_fails_at_once_without_a_retry_yet_counts_towards_the_breaker()
    {
        // Arrange: a store that answers 503 to everything, and calls marked single-attempt (the check path's log write).
        var pipeline = Chaos(b => b.AddChaosFault(new ChaosFaultStrategyOptions
        {
            InjectionRate = 1,
            EnabledGenerator = _ => ValueTask.FromResult(Interlocked.Increment(ref attempts) > 0),
            FaultGenerator = _ => ValueTask.FromResult<Exception?>(new RequestFailedException(503, "injected")),
        }));

        // Act: no fake time passes, so a call that waited for a retry delay would not finish (WaitAsync's TimeoutException).
        var errors = new List<Exception?>();
        for (var i = 0; i < options.BreakerMinimumThroughput + 1; i++)
        {
            var context = ResilienceContextPool.Shared.Get();
            context.Properties.Set(StorageResilience.SingleAttempt, true);
            var call = pipeline.ExecuteAsync(_ => ValueTask.FromResult("ok"), context).AsTask();
            errors.Add(await Record.ExceptionAsync(() => call.WaitAsync(TimeSpan.FromSeconds(5))));
            ResilienceContextPool.Shared.Return(context);
        }

        // Assert: each of the first calls made one attempt and failed at once; then the breaker was open, untouched store.
        Assert.All(errors.Take(options.BreakerMinimumThroughput), e => Assert.Equal(503, Assert.IsType<RequestFailedException>(e).Status));
        Assert.IsType<BrokenCircuitException>(errors[^1]);
        Assert.Equal(options.BreakerMinimumThroughput, attempts);
    }

    [Theory]
    [InlineData("Retry-After", "2", 2000)]
    [InlineData("x-ms-retry-after-ms", "700", 700)]
    [InlineData("Retry-After", "60", 2000)]
    public async Task A_throttled_attempt_is_retried_after_the_wait_the_server_asked_for_capped_at_the_maximum_delay(string header, string value, int expectedMs)
    {
        // Arrange: the first attempt is a 429 carrying the server's wait.
        var pipeline = Chaos(b => b.AddChaosFault(new ChaosFaultStrategyOptions
        {
            InjectionRate = 1,
            EnabledGenerator = _ => ValueTask.FromResult(Interlocked.Increment(ref attempts) == 1),
            FaultGenerator = _ => ValueTask.FromResult<Exception?>(new RequestFailedException(new StoredResponse(429, (header, value)))),
        }));

        // Act
        var call = pipeline.ExecuteAsync(_ => ValueTask.FromResult("ok"), CancellationToken.None).AsTask();
        await Task.Delay(20);
        time.Advance(TimeSpan.FromMilliseconds(expectedMs - 1));
        await Task.Delay(20);
        var attemptsJustBefore = attempts;
        time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await AdvanceUntilDone(call);

        // Assert
        Assert.Equal(1, attemptsJustBefore);
        Assert.Equal("ok", result);
        Assert.Equal(2, attempts);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(412)]
    public async Task A_client_error_is_never_retried_nor_counted_against_the_store(int status)
    {
        // Arrange
        var pipeline = Chaos(b => b.AddChaosFault(new ChaosFaultStrategyOptions
        {
            InjectionRate = 1,
            EnabledGenerator = _ => ValueTask.FromResult(Interlocked.Increment(ref attempts) > 0),
            FaultGenerator = _ => ValueTask.FromResult<Exception?>(new RequestFailedException(status, "injected")),
        }));

        // Act: many failing calls, then the breaker would be open were they counted.
        for (var i = 0; i < 10; i++)
        {
            var error = await Record.ExceptionAsync(() => AdvanceUntilDone(pipeline.ExecuteAsync(_ => ValueTask.FromResult("ok"), CancellationToken.None).AsTask()));
            Assert.Equal(status, Assert.IsType<RequestFailedException>(error).Status);
        }

        // Assert
        Assert.Equal(10, attempts);
    }

    private ResiliencePipeline Chaos(Func<ResiliencePipelineBuilder, ResiliencePipelineBuilder> chaos) =>
        chaos(new ResiliencePipelineBuilder { TimeProvider = time }.AddTableStorageStrategies(options, NullLogger.Instance)).Build();

    private async Task<T> AdvanceUntilDone<T>(Task<T> call)
    {
        for (var i = 0; i < 2000 && !call.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Delay(1);
        }

        Assert.True(call.IsCompleted, "the call did not finish after 20 s of fake time");
        return await call;
    }
}
