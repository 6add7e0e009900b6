using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Http;

/// <summary>The problems several routes, or both hosts, share.</summary>
public static class Problems
{
    /// <summary>Seconds a client should wait after a 503 before retrying.</summary>
    public const int RetryAfterSeconds = 5;

    public static RequestProblem StoreUnavailable(string what) =>
        new(StatusCodes.Status503ServiceUnavailable, "Store unavailable", $"The store could not {what}; try again shortly.")
        {
            RetryAfterSeconds = RetryAfterSeconds,
        };

    public static RequestProblem CheckNotFound(string checkId) =>
        new(StatusCodes.Status404NotFound, "Check not found", $"No check with id '{checkId}' has been recorded.");

    /// <summary>A path no function serves.</summary>
    public static RequestProblem RouteNotFound(PathString path) =>
        new(StatusCodes.Status404NotFound, "Not found", $"No function serves '{path}'.");

    /// <summary>A method a function's route does not accept.</summary>
    public static RequestProblem MethodNotAllowed(PathString path, string method, IReadOnlyList<string> allowed) =>
        new(StatusCodes.Status405MethodNotAllowed, "Method not allowed", $"'{path}' accepts {string.Join(", ", allowed)}, not {method}.")
        {
            Allow = allowed,
        };

    /// <summary>A request line longer than the host accepts.</summary>
    public static RequestProblem UriTooLong(int bytes, int limit) =>
        new(StatusCodes.Status414UriTooLong, "Request line too long", $"The request line has {bytes} bytes; at most {limit} are accepted.");

    /// <summary>Header lines larger in total than the host accepts.</summary>
    public static RequestProblem HeadersTooLarge(int bytes, int limit) =>
        new(StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large", $"The request headers have about {bytes} bytes; at most {limit} are accepted.");

    /// <summary>An exception no function handled: the request failed on our side, and says no more than that.</summary>
    public static RequestProblem Unexpected() =>
        new(
            StatusCodes.Status500InternalServerError,
            "Internal server error",
            "The request could not be completed because of an error on the server; it has been logged. Try again later.");
}
