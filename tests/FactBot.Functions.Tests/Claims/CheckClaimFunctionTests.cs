using FactBot.Application.Checks;
using FactBot.Core.Checking;
using FactBot.Core.Facts;
using FactBot.Functions.Claims;
using FactBot.Functions.Contracts;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace FactBot.Functions.Tests.Claims;

public sealed class CheckClaimFunctionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly IClaimCheckService checker = Substitute.For<IClaimCheckService>();
    private readonly IClaimLog log = Substitute.For<IClaimLog>();
    private readonly CheckClaimFunction function;

    public CheckClaimFunctionTests()
    {
        var recorder = new ClaimCheckRecorder(checker, log, new FakeTimeProvider(Now), NullLogger<ClaimCheckRecorder>.Instance);
        function = new CheckClaimFunction(
            new JsonRequestBinder<CheckClaimRequest>(new CheckClaimRequestValidator(), NullLogger<JsonRequestBinder<CheckClaimRequest>>.Instance),
            recorder,
            Routing.ApiRouteTable.Discover());
        checker.CheckAsync("OpenAI was founded in 2015.", Arg.Any<CancellationToken>()).Returns(Founded());
        log.TryAddWithoutRetryAsync(Arg.Any<CheckRecord>(), Arg.Any<CancellationToken>()).Returns(true);
    }

    [Fact]
    public async Task A_valid_claim_is_checked_once_recorded_and_mapped_to_the_wire_response()
    {
        var result = await function.RunAsync(RequestFactory.Post("""{"claim": "OpenAI was founded in 2015."}"""), CancellationToken.None);

        var json = Assert.IsType<JsonHttpResult<ClaimCheckResponse>>(result);
        Assert.Equal("supported", json.Value?.Verdict);
        Assert.Equal(0.912, json.Value?.Confidence);
        Assert.Equal("openai-founded-2015", json.Value?.Evidence?.FactId);
        Assert.Equal("2023-03", json.Value?.Evidence?.Source.Published);
        Assert.True(json.Value?.Recorded);
        Assert.Matches("^[0-9a-f]{32}$", json.Value?.Id);
        await checker.Received(1).CheckAsync("OpenAI was founded in 2015.", Arg.Any<CancellationToken>());
        await log.Received(1).TryAddWithoutRetryAsync(
            Arg.Is<CheckRecord>(r => r.Id == json.Value!.Id && r.Claim == "OpenAI was founded in 2015." && r.Language == "en" && r.Verdict == "supported"
                && r.Confidence == 0.912 && r.FactId == "openai-founded-2015" && r.Channel == "api" && r.CheckedAt == Now),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_claim_log_that_fails_still_answers_the_check_with_recorded_false()
    {
        log.TryAddWithoutRetryAsync(Arg.Any<CheckRecord>(), Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("table down"));

        var result = await function.RunAsync(RequestFactory.Post("""{"claim": "OpenAI was founded in 2015."}"""), CancellationToken.None);

        var json = Assert.IsType<JsonHttpResult<ClaimCheckResponse>>(result);
        Assert.Equal(200, json.StatusCode ?? 200);
        Assert.False(json.Value?.Recorded);
        Assert.Equal("supported", json.Value?.Verdict);
    }

    [Fact]
    public async Task Accept_ld_json_answers_a_claim_review()
    {
        var request = RequestFactory.Post("""{"claim": "OpenAI was founded in 2015."}""");
        request.Headers.Accept = "application/ld+json";

        var result = await function.RunAsync(request, CancellationToken.None);

        var json = Assert.IsType<JsonHttpResult<ClaimReview>>(result);
        Assert.Equal("application/ld+json", json.ContentType);
        Assert.Equal("ClaimReview", json.Value?.Type);
        Assert.Equal("OpenAI was founded in 2015.", json.Value?.ClaimReviewed);
        Assert.Equal("supported", json.Value?.ReviewRating.AlternateName);
        Assert.Equal("The article says so.", json.Value?.ReviewRating.RatingExplanation);
        Assert.Equal(3, json.Value?.ReviewRating.RatingValue);
        Assert.Equal("OpenAI a été fondée en 2015 par un petit groupe de personnes.", json.Value?.Citation?.Text);
        Assert.Equal("fr", json.Value?.Citation?.InLanguage);
        Assert.Equal("en", json.Value?.InLanguage);
        Assert.Equal($"https://factbot.test/api/claims/{json.Value?.Identifier}", json.Value?.Url);
        Assert.Equal("https://factbot.test/", json.Value?.Author.Url);
        Assert.Equal("FactBot", json.Value?.Author.Name);
        Assert.Equal(Now, json.Value?.DatePublished);
    }

    [Fact]
    public async Task An_invalid_request_answers_a_problem_without_calling_the_engine_or_the_log()
    {
        var result = await function.RunAsync(RequestFactory.Post("""{"claim": " "}"""), CancellationToken.None);

        var problem = Assert.IsType<ProblemHttpResult>(result);
        Assert.Equal(400, problem.StatusCode);
        Assert.Equal("Blank claim", problem.ProblemDetails.Title);
        Assert.Equal("application/problem+json", problem.ContentType);
        await checker.DidNotReceiveWithAnyArgs().CheckAsync(default!, default);
        await log.DidNotReceiveWithAnyArgs().TryAddWithoutRetryAsync(default!, default);
    }

    private static CheckResult Founded()
    {
        var source = new SourceInfo("f4fcdda49106cae1", "Les remontrances", "2023-03", Language.French);
        return new CheckResult(
            "OpenAI was founded in 2015.",
            Verdict.Supported,
            0.91234,
            new Evidence("openai-founded-2015", "OpenAI a été fondée en 2015 par un petit groupe de personnes.", source),
            "The article says so.",
            Language.English,
            []);
    }
}
