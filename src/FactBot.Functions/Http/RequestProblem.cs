using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Http;

/// <summary>
/// Why a request was refused (or could not be served); written as an RFC 9457 <c>application/problem+json</c> response,
/// with a <c>Retry-After</c> header when <see cref="RetryAfterSeconds"/> is set.
/// </summary>
public sealed record RequestProblem(int Status, string Title, string Detail)
{
    /// <summary>Seconds the client should wait before trying again (503s the sender should redeliver).</summary>
    public int? RetryAfterSeconds { get; init; }

    public IResult ToResult()
    {
        var problem = TypedResults.Problem(detail: Detail, statusCode: Status, title: Title, type: TypeFor(Status));
        return RetryAfterSeconds is { } seconds ? new WithHeaderResult(problem, "Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)) : problem;
    }

    /// <summary>The RFC 9110 section describing the status (ASP.NET Core's defaults leave 413 without one).</summary>
    internal static string TypeFor(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "https://tools.ietf.org/html/rfc9110#section-15",
    };
}
