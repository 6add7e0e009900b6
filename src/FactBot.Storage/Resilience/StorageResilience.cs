using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace FactBot.Storage.Resilience;

/// <summary>
/// The one resilience pipeline around every Table Storage call. The SDK's own retries are switched off
/// (see <see cref="TableClientOptionsFactory"/>) so that retries are counted, delayed and logged in one place.
/// </summary>
public static class StorageResilience
{
    /// <summary>Key of the pipeline in Polly's <c>ResiliencePipelineProvider&lt;string&gt;</c>.</summary>
    public const string PipelineKey = "FactBot.Storage.Table";

    /// <summary>
    /// Set on a call's <see cref="ResilienceContext"/> to make it one attempt: a transient failure is not retried, yet
    /// still counts towards the breaker (and an open breaker still rejects it at once). The check path's log write uses it.
    /// </summary>
    public static readonly ResiliencePropertyKey<bool> SingleAttempt = new("FactBot.Storage.SingleAttempt");

    /// <summary>
    /// Adds, outermost first: retry, circuit breaker, per-attempt timeout. The breaker sits inside the retry so that
    /// each attempt counts towards it, and the timeout innermost so that it bounds one attempt, not the whole call.
    /// </summary>
    public static ResiliencePipelineBuilder AddTableStorageStrategies(
        this ResiliencePipelineBuilder builder,
        TableResilienceOptions options,
        ILogger logger)
    {
        var shouldHandle = new PredicateBuilder().Handle<Exception>(TransientFailure.IsTransient);

        // A failure that has just opened the breaker (a failed half-open trial, or the one that tipped the ratio) is
        // not retried: the retry would only wait its delay to be rejected by the open breaker.
        var breakerState = new CircuitBreakerStateProvider();
        Func<RetryPredicateArguments<object>, ValueTask<bool>> shouldRetry = args => ValueTask.FromResult(
            args.Outcome.Exception is { } ex
            && TransientFailure.IsTransient(ex)
            && breakerState.CircuitState == CircuitState.Closed
            && !args.Context.Properties.GetValue(SingleAttempt, false));

        // Polly requires at least one retry; with none wanted the retry strategy is simply left out.
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = shouldRetry,
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                DelayGenerator = args => ValueTask.FromResult(ServerRetryAfter.Of(args.Outcome.Exception, options.RetryMaxDelay)),
                OnRetry = args =>
                {
                    StorageLog.RetryingTableOperation(logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, Describe(args.Outcome.Exception), args.Outcome.Exception);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = shouldHandle,
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakDuration,
            StateProvider = breakerState,
            OnOpened = args =>
            {
                StorageLog.CircuitOpened(logger, args.BreakDuration.TotalSeconds, Describe(args.Outcome.Exception));
                return default;
            },
            OnClosed = _ =>
            {
                StorageLog.CircuitClosed(logger);
                return default;
            },
        });

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout });
        return builder;
    }

    private static string Describe(Exception? exception) => exception switch
    {
        null => "no exception",
        Azure.RequestFailedException failed => $"HTTP {failed.Status} {failed.ErrorCode}",
        _ => exception.GetType().Name,
    };
}
