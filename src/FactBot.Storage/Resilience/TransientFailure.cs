using System.Net.Sockets;
using Azure;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FactBot.Storage.Resilience;

/// <summary>Which failures are worth retrying: throttling, server errors, timeouts and broken connections; never a client error.</summary>
internal static class TransientFailure
{
    private static readonly HashSet<int> TransientStatuses = [408, 429, 500, 502, 503, 504];

    public static bool IsTransient(Exception exception) => exception switch
    {
        // An open (or isolated) breaker is the pipeline's own verdict, and it carries the last failure as its inner
        // exception: retrying it would only wait out the delays the breaker exists to skip.
        BrokenCircuitException => false,
        // Status 0: the SDK got no response at all, so the cause is in the inner exception.
        RequestFailedException { Status: 0 } failed => failed.InnerException is not null && IsNetworkError(failed.InnerException),
        RequestFailedException failed => TransientStatuses.Contains(failed.Status),
        TimeoutRejectedException => true,
        // The SDK's own network timeout surfaces as a cancellation wrapping a TimeoutException.
        OperationCanceledException { InnerException: TimeoutException } => true,
        _ => IsNetworkError(exception),
    };

    private static bool IsNetworkError(Exception exception) =>
        exception is HttpRequestException or IOException or SocketException
        || (exception.InnerException is not null && IsNetworkError(exception.InnerException));
}
