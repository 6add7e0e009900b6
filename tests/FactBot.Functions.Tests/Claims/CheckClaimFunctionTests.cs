using FactBot.Core.Checking;
using FactBot.Core.Contracts;
using FactBot.Core.Facts;
using FactBot.Functions.Claims;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace FactBot.Functions.Tests.Claims;

public sealed class CheckClaimFunctionTests
{
    private readonly IClaimCheckService checker = Substitute.For<IClaimCheckService>();
    private readonly CheckClaimFunction function;

    public CheckClaimFunctionTests() =>
        function = new CheckClaimFunction(
            new JsonRequestBinder<CheckClaimRequest>(new CheckClaimRequestValidator(), NullLogger<JsonRequestBinder<CheckClaimRequest>>.Instance),
            checker);

    [Fact]
    public async Task A_valid_claim_is_checked_once_and_mapped_to_the_wire_response()
    {
        var source = new SourceInfo("f4fcdda49106cae1", "Les remontrances", "2023-03", Language.French);
        checker.CheckAsync("OpenAI was founded in 2015.", Arg.Any<CancellationToken>()).Returns(new CheckResult(
            "OpenAI was founded in 2015.",
            Verdict.Supported,
            0.91234,
            new Evidence("openai-founded-2015", "OpenAI a été fondée en 2015 par un petit groupe de personnes.", source),
            "The article says so.",
            Language.English,
            []));

        var result = await function.RunAsync(RequestFactory.Post("""{"claim": "OpenAI was founded in 2015."}"""), CancellationToken.None);

        var json = Assert.IsType<JsonHttpResult<CheckResponse>>(result);
        Assert.Equal("supported", json.Value?.Verdict);
        Assert.Equal(0.912, json.Value?.Confidence);
        Assert.Equal("openai-founded-2015", json.Value?.Evidence?.FactId);
        Assert.Equal("2023-03", json.Value?.Evidence?.Source.Published);
        await checker.Received(1).CheckAsync("OpenAI was founded in 2015.", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_invalid_request_answers_a_problem_without_calling_the_engine()
    {
        var result = await function.RunAsync(RequestFactory.Post("""{"claim": " "}"""), CancellationToken.None);

        var problem = Assert.IsType<ProblemHttpResult>(result);
        Assert.Equal(400, problem.StatusCode);
        Assert.Equal("Blank claim", problem.ProblemDetails.Title);
        Assert.Equal("application/problem+json", problem.ContentType);
        await checker.DidNotReceiveWithAnyArgs().CheckAsync(default!, default);
    }
}
