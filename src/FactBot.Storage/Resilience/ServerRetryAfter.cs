using System.Globalization;
using Azure;

namespace FactBot.Storage.Resilience;

/// <summary>
/// The wait a throttling or busy store asked for, capped: <c>x-ms-retry-after-ms</c> or <c>retry-after-ms</c> in
/// milliseconds, else <c>Retry-After</c> in seconds. Null when it asked none (or in a form not understood, such as an
/// HTTP date), so the retry falls back on its own backoff.
/// </summary>
internal static class ServerRetryAfter
{
    public static TimeSpan? Of(Exception? exception, TimeSpan cap)
    {
        if (exception is not RequestFailedException failed || failed.GetRawResponse() is not { } response)
        {
            return null;
        }

        var wait = (Number(response, "x-ms-retry-after-ms") ?? Number(response, "retry-after-ms")) is { } ms
            ? TimeSpan.FromMilliseconds(ms)
            : Number(response, "Retry-After") is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        return wait > cap ? cap : wait;
    }

    private static long? Number(Response response, string header) =>
        response.Headers.TryGetValue(header, out var value)
        && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
