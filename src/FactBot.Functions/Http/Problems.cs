using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Http;

/// <summary>The problems several routes share.</summary>
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
}
