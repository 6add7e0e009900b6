using System.Text.Json;
using FactBot.Cli.Checking;
using FactBot.Core.Checking;
using NSubstitute;

namespace FactBot.Cli.Tests;

public sealed class JsonlCheckerTests
{
    [Fact]
    public async Task Each_input_line_gets_one_output_line_in_order_with_its_id()
    {
        var checker = Substitute.For<IClaimCheckService>();
        checker.CheckAsync(Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(call => new ValueTask<CheckResult>(Results.For(call.Arg<string>(), Verdict.Supported, Results.FoundingSentence)));
        var input = new StringReader("""
            {"id": "a", "claim": "first"}
            {"claim": "second", "id": 2}
            not json

            {"id": "d"}
            {"claim": "third"}
            """);
        var output = new StringWriter();

        var summary = await new JsonlChecker(checker).RunAsync(input, output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(new JsonlSummary(5, 2), summary);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("first", lines[0].GetProperty("claim").GetString());
        Assert.Equal("supported", lines[0].GetProperty("verdict").GetString());
        Assert.Contains("fondée en 2015", lines[0].GetProperty("evidence").GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, lines[1].GetProperty("id").GetInt32());
        Assert.Equal("second", lines[1].GetProperty("claim").GetString());
        Assert.Equal(3, lines[2].GetProperty("line").GetInt32());
        Assert.StartsWith("not valid JSON", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("d", lines[3].GetProperty("id").GetString());
        Assert.Equal(5, lines[3].GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, lines[4].GetProperty("id").ValueKind);
        Assert.Equal("third", lines[4].GetProperty("claim").GetString());
    }

    [Fact]
    public async Task A_failing_check_becomes_an_error_line_not_a_crash()
    {
        var checker = Substitute.For<IClaimCheckService>();
        checker.CheckAsync("boom", Arg.Any<CancellationToken>()).Returns<ValueTask<CheckResult>>(_ => throw new InvalidOperationException("engine down"));
        checker.CheckAsync("fine", Arg.Any<CancellationToken>()).Returns(Results.For("fine", Verdict.Unknown));
        var output = new StringWriter();

        await new JsonlChecker(checker).RunAsync(new StringReader("{\"id\":1,\"claim\":\"boom\"}\n{\"id\":2,\"claim\":\"fine\"}\n"), output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("engine down", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"verdict\":\"unknown\"", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"claim\": \"  \"}", "Blank claim")]
    [InlineData("{\"claim\": \"Open\u202eAI\"}", "U+202E (a bidirectional control) at index 4")]
    [InlineData("{\"claim\": \"Open\\uFFFEAI\"}", "U+FFFE (a noncharacter) at index 4")]
    [InlineData("{\"claim\": \"Open\\ud800AI\"}", "Invalid JSON string")]
    public async Task A_claim_the_api_refuses_is_an_error_line_and_is_never_checked(string line, string error)
    {
        var checker = Substitute.For<IClaimCheckService>();
        var output = new StringWriter();

        var summary = await new JsonlChecker(checker).RunAsync(new StringReader(line), output, CancellationToken.None);

        Assert.Equal(new JsonlSummary(1, 1), summary);
        Assert.Contains(error, JsonDocument.Parse(output.ToString()).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        await checker.DidNotReceiveWithAnyArgs().CheckAsync(default!, default);
    }
}
