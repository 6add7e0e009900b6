using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Http;

/// <summary>
/// Reads a request body with a hard size limit, before anything parses it or checks a signature over it:
/// a Content-Length over the limit is refused unread, and a body without one is read at most one byte past the limit.
/// A body the server could not read (a malformed chunk, one slower than the minimum data rate, one shorter than its
/// Content-Length) is a problem too, never an exception.
/// </summary>
public static class RequestBodyReader
{
    /// <summary>The largest body most routes accept: 16 KiB (a batch accepts more, see its validator).</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>413 when the declared length is over <paramref name="maxBytes"/>; null otherwise (nothing is read).</summary>
    public static RequestProblem? CheckDeclaredLength(HttpRequest request, int maxBytes = MaxBodyBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ContentLength > maxBytes ? TooLarge($"The body has {request.ContentLength} bytes", maxBytes) : null;
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

    /// <summary>The raw body, or the problem: 413 when it turns out longer than <paramref name="maxBytes"/>, 400/408 when it cannot be read.</summary>
    public static async Task<(byte[]? Body, RequestProblem? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (CheckDeclaredLength(request, maxBytes) is { } declared)
        {
            return (null, declared);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var length = 0;
            while (length <= maxBytes)
            {
                var read = await request.Body.ReadAsync(buffer.AsMemory(length, maxBytes + 1 - length), cancellationToken);
                if (read == 0)
                {
                    return (buffer.AsSpan(0, length).ToArray(), null);
                }

                length += read;
            }

            return (null, TooLarge("The body is longer than that", maxBytes));
        }
        catch (BadHttpRequestException ex)
        {
            return (null, Unreadable(ex.StatusCode, ex.Message, maxBytes));
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The connection broke mid-body: whatever answer is written most likely reaches nobody, but it is not a 500.
            return (null, Unreadable(StatusCodes.Status400BadRequest, ex.Message, maxBytes));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <inheritdoc cref="ReadAsync(HttpRequest, int, CancellationToken)"/>
    public static Task<(byte[]? Body, RequestProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadAsync(request, MaxBodyBytes, cancellationToken);

    private static RequestProblem Unreadable(int status, string reason, int maxBytes) => status switch
    {
        StatusCodes.Status408RequestTimeout => new RequestProblem(
            status,
            "Request body timeout",
            "The body arrived more slowly than the server's minimum data rate; send it again, faster."),
        StatusCodes.Status413PayloadTooLarge => TooLarge("The body is longer than that", maxBytes),
        _ => new RequestProblem(StatusCodes.Status400BadRequest, "Unreadable request body", $"The request body could not be read: {reason}"),
    };

    private static RequestProblem TooLarge(string what, int maxBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        "Request body too large",
        string.Create(CultureInfo.InvariantCulture, $"{what}; at most {maxBytes} bytes ({maxBytes / 1024.0:0.##} KiB) are accepted."));
}
