using System.Net.Sockets;
using System.Text;

namespace FactBot.Functions.Tests.LocalHost;

/// <summary>HTTP/1.1 over a bare TCP socket, for requests no HTTP client would send.</summary>
internal static class RawHttp
{
    /// <summary>A response as read off the socket: status, header lines, body (de-chunked), or nothing at all.</summary>
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, string Body, string Raw);

    /// <summary>
    /// Sends <paramref name="head"/> (and then each of <paramref name="parts"/> after its delay), optionally half-closes,
    /// and reads until the server closes the connection (requests should say Connection: close).
    /// </summary>
    public static async Task<Response?> SendAsync(Uri server, byte[] head, bool halfClose = false, params (byte[] Bytes, TimeSpan Delay)[] parts)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(head, timeout.Token);
        foreach (var (bytes, delay) in parts)
        {
            await Task.Delay(delay, timeout.Token);
            await stream.WriteAsync(bytes, timeout.Token);
        }

        if (halfClose)
        {
            client.Client.Shutdown(SocketShutdown.Send);
        }

        var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // A reset after the response: what arrived is still the answer.
        }

        return Parse(received.ToArray());
    }

    public static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    private static Response? Parse(byte[] raw)
    {
        var end = raw.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return null;
        }

        var lines = Encoding.Latin1.GetString(raw, 0, end).Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = raw[(end + 4)..];
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new Response(
            int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture),
            headers,
            Encoding.UTF8.GetString(body),
            Encoding.UTF8.GetString(raw));
    }

    private static byte[] Dechunk(byte[] body)
    {
        var text = new MemoryStream();
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = at + body.AsSpan(at).IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(body, at, lineEnd - at), 16);
            if (size == 0)
            {
                break;
            }

            text.Write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }

        return text.ToArray();
    }
}
