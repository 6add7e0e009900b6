using System.Globalization;
using FactBot.Application.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FactBot.Functions.Http;

/// <summary>
/// Why a request was refused (or could not be served): every problem either host answers is one of these, written as an
/// RFC 9457 <c>application/problem+json</c> response through the hosts' shared <c>IProblemDetailsService</c>, with a
/// <c>Retry-After</c> header when <see cref="RetryAfterSeconds"/> is set and an <c>Allow</c> header when <see cref="Allow"/> is.
/// </summary>
public sealed record RequestProblem(int Status, string Title, string Detail)
{
    /// <summary>Seconds the client should wait before trying again (503s the sender should redeliver).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>The methods the route accepts, for a 405.</summary>
    public IReadOnlyList<string>? Allow { get; init; }

    public IResult ToResult()
    {
        IResult result = TypedResults.Problem(detail: Detail, statusCode: Status, title: Title, type: TypeFor(Status));
        if (Allow is { } allow)
        {
            result = new WithHeaderResult(result, HeaderNames.Allow, string.Join(", ", allow));
        }

        return RetryAfterSeconds is { } seconds
            ? new WithHeaderResult(result, HeaderNames.RetryAfter, seconds.ToString(CultureInfo.InvariantCulture))
            : result;
    }

    public Task WriteAsync(HttpContext context) => ToResult().ExecuteAsync(context);

    /// <summary>The 400 problem for client text that <see cref="TextPolicy"/> refuses, or null when it was accepted.</summary>
    public static RequestProblem? ForText(TextViolation? violation) =>
        violation is null ? null : new RequestProblem(StatusCodes.Status400BadRequest, violation.Title, violation.Detail);

    /// <summary>The RFC 9110 section describing the status (ASP.NET Core's defaults leave 413 without one).</summary>
    internal static string TypeFor(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        408 => "https://tools.ietf.org/html/rfc9110#section-15.5.9",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        414 => "https://tools.ietf.org/html/rfc9110#section-15.5.15",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        431 => "https://tools.ietf.org/html/rfc6585#section-5",
        500 => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "https://tools.ietf.org/html/rfc9110#section-15",
    };
}
