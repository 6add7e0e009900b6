using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Http;

/// <summary>
/// Reads a request body with a hard size limit, before anything parses it or checks a signature over it:
/// a Content-Length over the limit is refused unread, and a body without one is read at most one byte past the limit.
/// </summary>
public static class RequestBodyReader
{
    /// <summary>The largest body any route accepts: 16 KiB.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>413 when the declared length is over the limit; null otherwise (nothing is read).</summary>
    public static RequestProblem? CheckDeclaredLength(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ContentLength > MaxBodyBytes ? TooLarge($"The body has {request.ContentLength} bytes") : null;
    }

    /// <summary>415 unless the body is declared as JSON (<c>application/json</c> or <c>application/*+json</c>).</summary>
    public static RequestProblem? CheckJsonContentType(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HasJsonContentType())
        {
            return null;
        }

        var got = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : $"'{request.ContentType}'";
        return new RequestProblem(
            StatusCodes.Status415UnsupportedMediaType,
            "Unsupported media type",
            $"Send the body as JSON with 'Content-Type: application/json' (got {got}).");
    }

    /// <summary>The raw body, or 413 when it turns out longer than <see cref="MaxBodyBytes"/>.</summary>
    public static async Task<(byte[]? Body, RequestProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (CheckDeclaredLength(request) is { } declared)
        {
            return (null, declared);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            var length = 0;
            while (length <= MaxBodyBytes)
            {
                var read = await request.Body.ReadAsync(buffer.AsMemory(length, MaxBodyBytes + 1 - length), cancellationToken);
                if (read == 0)
                {
                    return (buffer.AsSpan(0, length).ToArray(), null);
                }

                length += read;
            }

            return (null, TooLarge("The body is longer than that"));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static RequestProblem TooLarge(string what) => new(
        StatusCodes.Status413PayloadTooLarge,
        "Request body too large",
        $"{what}; at most {MaxBodyBytes} bytes (16 KiB) are accepted.");
}
