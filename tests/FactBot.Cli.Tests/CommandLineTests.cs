using System.CommandLine;
using FactBot.Core.Checking;
using FactBot.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace FactBot.Cli.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly IClaimCheckService checker = Substitute.For<IClaimCheckService>();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Fact]
    public async Task Check_prints_the_verdict_the_quoted_sentence_and_the_explanation()
    {
        checker.CheckAsync("OpenAI was founded in 2015.", Arg.Any<CancellationToken>())
            .Returns(Results.For("OpenAI was founded in 2015.", Verdict.Supported, Results.FoundingSentence));

        var exitCode = await RunAsync("check", "OpenAI was founded in 2015.");

        Assert.Equal(0, exitCode);
        var text = output.ToString();
        Assert.Contains("Verdict:     supported", text, StringComparison.Ordinal);
        Assert.Contains($"“{Results.FoundingSentence}”", text, StringComparison.Ordinal);
        Assert.Contains("explained Supported", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_json_prints_the_wire_response_with_readable_accents()
    {
        checker.CheckAsync(Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(Results.For("OpenAI a été fondée en 2015.", Verdict.Supported, Results.FoundingSentence));

        var exitCode = await RunAsync("check", "--json", "OpenAI a été fondée en 2015.");

        Assert.Equal(0, exitCode);
        Assert.Contains("\"verdict\": \"supported\"", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("fondée en 2015", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_without_a_claim_or_a_file_is_a_usage_error()
    {
        var exitCode = await RunAsync("check");

        Assert.NotEqual(0, exitCode);
        await checker.DidNotReceiveWithAnyArgs().CheckAsync(default!, default);
    }

    [Theory]
    [InlineData("   ", "Blank claim")]
    [InlineData("Open\u202eAI", "Forbidden character in claim")]
    [InlineData("Open\uFFFEAI", "U+FFFE (a noncharacter) at index 4")]
    public async Task Check_refuses_what_the_api_refuses_with_exit_code_2(string claim, string error)
    {
        var exitCode = await RunAsync("check", claim);

        Assert.Equal(2, exitCode);
        Assert.Contains(error, this.error.ToString(), StringComparison.Ordinal);
        await checker.DidNotReceiveWithAnyArgs().CheckAsync(default!, default);
    }

    [Theory]
    [InlineData("{\"claim\": \"OpenAI was founded in 2015.\"}", 0)]
    [InlineData("{\"claim\": \"OpenAI was founded in 2015.\"}\n{\"claim\": \"\"}", 2)]
    [InlineData("{\"claim\": \"OpenAI was founded in 2015.\"}\nnot json", 2)]
    public async Task Check_jsonl_exits_0_only_when_every_line_was_checked(string lines, int expected)
    {
        checker.CheckAsync(Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(Results.For("OpenAI was founded in 2015.", Verdict.Supported, Results.FoundingSentence));
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, lines);

        try
        {
            Assert.Equal(expected, await RunAsync("check", "--jsonl", file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Check_jsonl_of_a_missing_file_is_a_usage_error()
    {
        Assert.Equal(1, await RunAsync("check", "--jsonl", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));
    }

    [Fact]
    public async Task Seed_without_a_connection_string_fails_and_says_what_to_set()
    {
        var exitCode = await RunAsync("seed");

        Assert.Equal(1, exitCode);
        Assert.Contains("FactBot__Storage__ConnectionString", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_scores_a_labelled_file_and_exits_0()
    {
        checker.CheckAsync(Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(Results.For("", Verdict.Supported, Results.FoundingSentence));
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """{"id": "s1", "claim": "OpenAI was founded in 2015.", "lang": "en", "verdict": "supported", "evidence_any": ["fondée en 2015"]}""");

        try
        {
            var exitCode = await RunAsync("eval", file);

            Assert.Equal(0, exitCode);
            Assert.Contains("Verdict accuracy:  1/1", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("Evidence accuracy: 1/1", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
    }

    private Task<int> RunAsync(params string[] args)
    {
        var services = new ServiceCollection()
            .AddSingleton(checker)
            .AddOptions<FactBotOptions>().Services
            .BuildServiceProvider();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return CliRoot.Create(services).Parse(args).InvokeAsync(configuration, CancellationToken.None);
    }
}
