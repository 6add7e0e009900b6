using System.Net.Sockets;
using Azure;
using FactBot.Storage.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Simmy;
using Polly.Simmy.Fault;
using Polly.Testing;
using Polly.Timeout;

namespace FactBot.Storage.Tests;

public sealed class StorageResilienceTests
{
    private readonly FakeTimeProvider time = new();
    private int attempts;

    [Fact]
    public void GetPipeline_FromRegisteredServices_HasRetryThenBreakerThenAttemptTimeout()
    {
        // Arrange
        using var services = Services(new() { ["FactBot:Storage:Resilience:MaxRetryAttempts"] = "3" });

        // Act
        var descriptor = services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(StorageResilience.PipelineKey).GetPipelineDescriptor();

        // Assert
        Assert.Collection(
            descriptor.Strategies,
            s =>
            {
                var retry = Assert.IsType<RetryStrategyOptions>(s.Options);
                Assert.Equal(3, retry.MaxRetryAttempts);
                Assert.Equal(DelayBackoffType.Exponential, retry.BackoffType);
                Assert.True(retry.UseJitter);
            },
            s => Assert.IsType<CircuitBreakerStrategyOptions>(s.Options),
            s => Assert.Equal(new TableResilienceOptions().AttemptTimeout, Assert.IsType<TimeoutStrategyOptions>(s.Options).Timeout));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(408)]
    [InlineData(429)]
    public async Task ExecuteAsync_TransientStatusOnFirstTwoAttempts_SucceedsOnTheThirdAfterWaiting(int status)
    {
        // Arrange
        var pipeline = Pipeline(failFirst: 2, () => new RequestFailedException(status, "injected"));

        // Act
        var call = pipeline.ExecuteAsync(_ => ValueTask.FromResult("ok"), CancellationToken.None).AsTask();
        var completedWithoutTime = call.IsCompleted;
        var result = await AdvanceUntilDone(call);

        // Assert
        Assert.False(completedWithoutTime);
        Assert.Equal("ok", result);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task ExecuteAsync_NetworkFailureWithoutResponse_IsRetried()
    {
        // Arrange: how Azure.Core reports a refused connection: status 0 around the socket error.
        var pipeline = Pipeline(failFirst: 1, () => new RequestFailedException("connection refused", new HttpRequestException("refused", new SocketException(111))));

        // Act
        var result = await AdvanceUntilDone(pipeline.ExecuteAsync(_ => ValueTask.FromResult(42), CancellationToken.None).AsTask());

        // Assert
        Assert.Equal(42, result);
        Assert.Equal(2, attempts);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(412)]
    public async Task ExecuteAsync_ClientError_FailsOnTheFirstAttempt(int status)
    {
        // Arrange
        var pipeline = Pipeline(failFirst: 1, () => new RequestFailedException(status, "injected"));

        // Act: the clock still moves, so a wrongly retried call would end (in success) instead of hanging.
        var call = pipeline.ExecuteAsync(_ => ValueTask.FromResult("ok"), CancellationToken.None).AsTask();
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => AdvanceUntilDone(call));

        // Assert
        Assert.Equal(status, error.Status);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task ExecuteAsync_AttemptHangs_IsCutByTheAttemptTimeoutAndRetried()
    {
        // Arrange
        var options = new TableResilienceOptions();
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = time }.AddTableStorageStrategies(options, NullLogger.Instance).Build();

        // Act
        var call = pipeline.ExecuteAsync(
            async ct =>
            {
                if (Interlocked.Increment(ref attempts) == 1)
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, time, ct);
                }

                return "ok";
            },
            CancellationToken.None).AsTask();
        time.Advance(options.AttemptTimeout - TimeSpan.FromMilliseconds(1));
        await Task.Delay(20);
        var attemptsBeforeTimeout = attempts;
        var result = await AdvanceUntilDone(call);

        // Assert
        Assert.Equal(1, attemptsBeforeTimeout);
        Assert.Equal("ok", result);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task ExecuteAsync_StorageKeepsFailing_BreakerOpensAndStopsFurtherAttempts()
    {
        // Arrange: the breaker may open after two calls, both failed.
        var options = new TableResilienceOptions { BreakerMinimumThroughput = 2, BreakerFailureRatio = 0.5 };
        var pipeline = Pipeline(failFirst: int.MaxValue, () => new RequestFailedException(503, "injected"), options);

        // Act
        var call = pipeline.ExecuteAsync(_ => ValueTask.FromResult("ok"), CancellationToken.None).AsTask();
        var error = await Record.ExceptionAsync(() => AdvanceUntilDone(call));

        // Assert: the failure that opened the breaker is reported as it is, and not retried into the open breaker.
        Assert.Equal(503, Assert.IsType<RequestFailedException>(error).Status);
        Assert.Equal(2, attempts);
        var next = await Record.ExceptionAsync(() => pipeline.ExecuteAsync(_ => ValueTask.FromResult("ok"), CancellationToken.None).AsTask());
        Assert.IsType<BrokenCircuitException>(next);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task ExecuteAsync_TransientFailures_LogsEachRetryAsAWarning()
    {
        // Arrange
        var logger = new FakeLogger();
        var pipeline = Pipeline(failFirst: 2, () => new RequestFailedException(503, "injected"), logger: logger);

        // Act
        await AdvanceUntilDone(pipeline.ExecuteAsync(_ => ValueTask.FromResult("ok"), CancellationToken.None).AsTask());

        // Assert
        var retries = logger.Collector.GetSnapshot().Where(r => r.Id.Id == 3002).ToList();
        Assert.Equal(2, retries.Count);
        Assert.All(retries, r => Assert.Equal(LogLevel.Warning, r.Level));
        Assert.All(retries, r => Assert.Contains("HTTP 503", r.Message, StringComparison.Ordinal));
        Assert.Contains("retry 1 ", retries[0].Message, StringComparison.Ordinal);
        Assert.Contains("retry 2 ", retries[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateClientOptions_Always_DisablesTheSdkRetries()
    {
        // Act
        var options = TableClientOptionsFactory.Create();

        // Assert
        Assert.Equal(0, options.Retry.MaxRetries);
    }

    private ResiliencePipeline Pipeline(int failFirst, Func<Exception> fault, TableResilienceOptions? options = null, ILogger? logger = null) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTableStorageStrategies(options ?? new TableResilienceOptions(), logger ?? NullLogger.Instance)
            .AddChaosFault(new ChaosFaultStrategyOptions
            {
                InjectionRate = 1,

                // Innermost, so it runs once per attempt: count attempts here and fault only the first ones.
                EnabledGenerator = _ => ValueTask.FromResult(Interlocked.Increment(ref attempts) <= failFirst),
                FaultGenerator = _ => ValueTask.FromResult<Exception?>(fault()),
            })
            .Build();

    // Retry delays wait on the fake clock: move it on in small steps until the call ends (bounded).
    private async Task<T> AdvanceUntilDone<T>(Task<T> call)
    {
        for (var i = 0; i < 2000 && !call.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(1);
        }

        Assert.True(call.IsCompleted, "the call did not finish after 100 s of fake time");
        return await call;
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings["FactBot:Storage:ConnectionString"] = "UseDevelopmentStorage=true";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddFactBot(configuration).BuildServiceProvider();
    }
}
