using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Tests.LocalHost;

/// <summary>What the LocalHost on real Kestrel answers to broken HTTP, sent over raw sockets.</summary>
public sealed class ProtocolErrorTests(KestrelLocalHostFactory host) : IClassFixture<KestrelLocalHostFactory>
{
    private const string Check = "POST /api/claims/check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n";

    [Fact]
    public async Task A_malformed_chunk_size_is_a_400_problem()
    {
        var response = await RawHttp.SendAsync(host.Address, RawHttp.Ascii(Check + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n"));

        AssertProblem(response, 400, "Unreadable request body");
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task A_body_slower_than_the_minimum_data_rate_is_a_408_problem()
    {
        // Kestrel's default minimum: 240 bytes/s after a 5 s grace period; 12 bytes of 1,000 never get there.
        var response = await RawHttp.SendAsync(host.Address, RawHttp.Ascii(Check + "Content-Length: 1000\r\n\r\n{\"claim\": \"x"));

        AssertProblem(response, 408, "Request body timeout");
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task A_body_shorter_than_its_content_length_is_not_a_500_and_logs_no_error()
    {
        var response = await RawHttp.SendAsync(host.Address, RawHttp.Ascii(Check + "Content-Length: 100\r\n\r\n{\"claim\": \"x"), halfClose: true);

        // The client has hung up its side, so Kestrel may close before any answer; if one comes, it is a 400 problem.
        if (response is not null)
        {
            AssertProblem(response, 400, "Unreadable request body");
        }

        AssertNoErrorLogged();
    }

    [Theory]
    [InlineData(9 * 1024, 414, "Request line too long")]
    public async Task A_request_line_over_8_KiB_is_a_414_problem(int length, int status, string title)
    {
        var response = await RawHttp.SendAsync(host.Address, RawHttp.Ascii($"GET /api/facts?x={new string('a', length)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));

        AssertProblem(response, status, title);
    }

    [Fact]
    public async Task Headers_over_32_KiB_are_a_431_problem()
    {
        var response = await RawHttp.SendAsync(host.Address, RawHttp.Ascii($"GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Big: {new string('a', 33 * 1024)}\r\n\r\n"));

        AssertProblem(response, 431, "Request headers too large");
    }

    [Theory]
    [InlineData("GET /api/health%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 400)]
    [InlineData("GET /api/health\0 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 400)]
    [InlineData(Check + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}", 400)]
    [InlineData("GET /api/facts?x={0} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 414)]
    public async Task What_kestrel_refuses_before_any_application_code_is_refused_with_its_status(string request, int status)
    {
        var response = await RawHttp.SendAsync(host.Address, RawHttp.Ascii(request.Replace("{0}", new string('a', 17 * 1024), StringComparison.Ordinal)));

        // Kestrel answers these itself, with an empty body no application can replace (see the README).
        Assert.NotNull(response);
        Assert.Equal(status, response.Status);
        AssertNoErrorLogged();
    }

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/api/openapi.json")]
    [InlineData("/api/facts")]
    [InlineData("/api/facts/openai-founded-2015")]
    [InlineData("/api/claims/0123456789abcdef0123456789abcdef")]
    public async Task Head_on_a_get_route_answers_like_get_without_a_body(string path)
    {
        var get = await RawHttp.SendAsync(host.Address, RawHttp.Ascii($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        var head = await RawHttp.SendAsync(host.Address, RawHttp.Ascii($"HEAD {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));

        Assert.NotNull(get);
        Assert.NotNull(head);
        Assert.Equal(get.Status, head.Status);
        Assert.Equal(get.Headers["Content-Type"], head.Headers["Content-Type"]);
        Assert.NotEmpty(get.Body);
        Assert.Empty(head.Body);
    }

    [Fact]
    public async Task A_french_answer_is_written_as_utf8_not_as_escapes()
    {
        var body = "{\"claim\": \"OpenAI a été fondée en 2015.\"}";
        var response = await RawHttp.SendAsync(
            host.Address,
            [.. RawHttp.Ascii(Check + $"Content-Length: {System.Text.Encoding.UTF8.GetByteCount(body)}\r\n\r\n"), .. System.Text.Encoding.UTF8.GetBytes(body)]);

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Contains("fondée en 2015", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E9", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u2019", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertProblem(RawHttp.Response? response, int status, string title)
    {
        Assert.NotNull(response);
        Assert.Equal(status, response.Status);
        Assert.StartsWith("application/problem+json", response.Headers["Content-Type"], StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(response.Body);
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
    }

    private void AssertNoErrorLogged() =>
        Assert.DoesNotContain(host.Logs, log => log.Level >= LogLevel.Error || log.Exception is not null && log.Category.StartsWith("FactBot", StringComparison.Ordinal));
}
