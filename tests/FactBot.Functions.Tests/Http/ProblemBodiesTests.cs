using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactBot.Application.Checks;
using FactBot.Core.Checking;
using FactBot.LocalHost;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace FactBot.Functions.Tests.Http;

/// <summary>
/// The Functions worker and the LocalHost answer the same situation with the same problem+json body (the trace id
/// aside, which names the request): one producer of problems, one problem details service, in both hosts.
/// </summary>
public sealed class ProblemBodiesTests(ProblemBodiesTests.BothHosts hosts) : IClassFixture<ProblemBodiesTests.BothHosts>
{
    private const string UnreadableCheckId = "ffffffffffffffffffffffffffffffff";
    private const string UnknownCheckId = "00000000000000000000000000000000";

    public static TheoryData<string, string, string, string?, string?> Situations => new()
    {
        // function, method, path and query, content type, body
        { "CheckClaim", "POST", "/api/claims/check", "application/json", "{}" },
        { "CheckClaim", "POST", "/api/claims/check", "application/json", "{\"claim\": \"Open\\u202eAI\"}" },
        { "CheckClaim", "POST", "/api/claims/check", "text/plain", "claim=x" },
        { "CheckClaim", "POST", "/api/claims/check", "application/json", "{\"claim\": \"" + new string('a', 17 * 1024) + "\"}" },
        { "CheckClaimBatch", "POST", "/api/claims/batch", "application/json", "{\"claims\": []}" },
        { "GetCheck", "GET", $"/api/claims/{UnknownCheckId}", null, null },
        { "PostFeedback", "POST", $"/api/claims/{UnknownCheckId}/feedback", "application/json", "{\"correct\": true}" },
        { "GetFact", "GET", "/api/facts/no-such-fact", null, null },
        { "ListFacts", "GET", "/api/facts?pageSize=0", null, null },
        { "ClaimWebhook", "POST", "/api/webhooks/claims", "application/json", "{\"claim\": \"OpenAI was founded in 2015.\"}" },
        // The claim log cannot be read: 503 with Retry-After.
        { "GetCheck", "GET", $"/api/claims/{UnreadableCheckId}", null, null },
        // The engine throws: no function handles that, the hosts answer 500.
        { "CheckClaim", "POST", "/api/claims/check", "application/json", "{\"claim\": \"OpenAI was founded in 2015.\"}" },
    };

    [Theory]
    [MemberData(nameof(Situations))]
    public async Task The_worker_and_the_local_host_answer_the_same_problem_body(string function, string method, string target, string? contentType, string? body)
    {
        var (path, query) = target.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? (target[..q], target[q..]) : (target, string.Empty);
        var routeId = path.Split('/') is [_, "api", _, var id, ..] && function is "GetCheck" or "PostFeedback" or "GetFact" ? id : null;

        var local = await hosts.LocalHost.CreateClient().SendAsync(Request(method, target, contentType, body));
        var worker = await hosts.Worker.InvokeAsync(function, request => Fill(request, method, path, query, contentType, body), routeId);

        var localBody = await local.Content.ReadAsStringAsync();
        Assert.Equal((int)local.StatusCode, worker.Status);
        Assert.Equal("application/problem+json", local.Content.Headers.ContentType?.MediaType);
        Assert.Equal(local.Content.Headers.ContentType?.ToString(), worker.ContentType);
        Assert.Equal(HeaderOrNull(local, "Retry-After"), worker.Headers.GetValueOrDefault("Retry-After"));
        Assert.Equal(WithoutTraceId(localBody), WithoutTraceId(worker.Body));
    }

    [Fact]
    public async Task An_exception_no_function_handles_is_a_500_problem_with_a_specific_title_in_both_hosts()
    {
        var local = await hosts.LocalHost.CreateClient().SendAsync(Request("POST", "/api/claims/check", "application/json", "{\"claim\": \"OpenAI was founded in 2015.\"}"));
        var worker = await hosts.Worker.InvokeAsync(
            "CheckClaim", request => Fill(request, "POST", "/api/claims/check", string.Empty, "application/json", "{\"claim\": \"OpenAI was founded in 2015.\"}"));

        var problem = await ProblemAssert.IsProblemAsync(local, HttpStatusCode.InternalServerError, "Internal server error");
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.6.1", problem.GetProperty("type").GetString());
        Assert.DoesNotContain("engine failed", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(500, worker.Status);
        Assert.Equal(WithoutTraceId(problem.GetRawText()), WithoutTraceId(worker.Body));
    }

    private static HttpRequestMessage Request(string method, string target, string? contentType, string? body)
    {
        var message = new HttpRequestMessage(new HttpMethod(method), target);
        if (body is not null)
        {
            message.Content = new StringContent(body, Encoding.UTF8);
            message.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType!);
        }

        return message;
    }

    private static void Fill(HttpRequest request, string method, string path, string query, string? contentType, string? body)
    {
        request.Method = method;
        request.Path = path;
        request.QueryString = new QueryString(query);
        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            request.ContentType = contentType;
            request.ContentLength = bytes.Length;
            request.Body = new MemoryStream(bytes);
        }
    }

    private static string? HeaderOrNull(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    // The trace id names the request, so it differs between any two answers; it must be there in both.
    private static string WithoutTraceId(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(JsonValueKind.String, node["traceId"]?.GetValueKind());
        node.Remove("traceId");
        return node.ToJsonString();
    }

    /// <summary>The LocalHost and the worker on the embedded store, with the same webhook secret and the same failing parts.</summary>
    public sealed class BothHosts : IDisposable
    {
        private static readonly Dictionary<string, string> Settings = new()
        {
            ["FactBot:Storage:ConnectionString"] = string.Empty,
            ["FactBot:Webhook:Secret"] = ApiHostFactory.Secret,
        };

        public BothHosts()
        {
            LocalHost = new WebApplicationFactory<LocalHostMarker>().WithWebHostBuilder(builder =>
            {
                foreach (var (key, value) in Settings)
                {
                    builder.UseSetting(key, value);
                }

                builder.ConfigureTestServices(Failing);
            });
            Worker = new FunctionsWorkerHarness(Settings, Failing);
        }

        public WebApplicationFactory<LocalHostMarker> LocalHost { get; }

        public FunctionsWorkerHarness Worker { get; }

        public void Dispose()
        {
            LocalHost.Dispose();
            Worker.Dispose();
        }

        private static void Failing(IServiceCollection services)
        {
            var checker = Substitute.For<IClaimCheckService>();
            checker.CheckAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("engine failed"));
            var log = Substitute.For<IClaimLog>();
            log.FindAsync(UnreadableCheckId, Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("table down"));
            services.AddSingleton(checker);
            services.AddSingleton(log);
        }
    }
}
