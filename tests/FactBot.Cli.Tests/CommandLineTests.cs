using System.CommandLine;
using System.Text.Json;
using FactBot.Analysis;
using FactBot.Core.Checking;
using FactBot.Application.Facts;
using FactBot.Core.Decision;
using FactBot.Core.Seeds;
using FactBot.Core.Store;
using FactBot.Core.Text;
using FactBot.Storage.Configuration;
using FactBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace FactBot.Cli.Tests;

public sealed class CommandLineTests : IDisposable
{
    private static readonly string[] PublicSamples = [LabelledFile("dev-claims.jsonl"), LabelledFile("dev-user-claims.jsonl")];

    private readonly IClaimCheckService checker = Substitute.For<IClaimCheckService>();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private readonly List<string> temporaryFiles = [];

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
    public async Task Check_takes_a_claim_that_starts_with_an_at_sign_as_the_claim()
    {
        const string Claim = "@julien Musk left OpenAI in 2018";
        checker.CheckAsync(Claim, Arg.Any<CancellationToken>())
            .Returns(Results.For(Claim, Verdict.Supported, Results.FoundingSentence));

        var exitCode = await RunAsync("check", Claim);

        Assert.Equal(0, exitCode);
        Assert.Contains("Verdict:     supported", output.ToString(), StringComparison.Ordinal);
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
        Assert.Contains("FactBot__Storage__TableServiceUri", error.ToString(), StringComparison.Ordinal);
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

    [Fact]
    public async Task Calibrate_writes_a_model_the_engine_reads_back_with_the_weights_written()
    {
        var model = TemporaryFile("");

        var exitCode = await RunAsync(["calibrate", .. PublicSamples, "--output", model]);

        Assert.Equal(0, exitCode);
        var text = output.ToString();
        Assert.Contains($"Wrote {model}", text, StringComparison.Ordinal);
        Assert.Contains("from 81 claims: ", text, StringComparison.Ordinal);
        Assert.Contains("eval/public/dev-claims.jsonl (40)", text, StringComparison.Ordinal);
        Assert.Contains("abstainBelow", text, StringComparison.Ordinal);
        var json = await File.ReadAllTextAsync(model);
        var engineModel = ConfidenceModel.Parse(json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(document.RootElement.GetProperty("abstainBelow").GetDouble(), engineModel.AbstainBelow);
        var engine = new ClaimEngine(FactSnapshot.Create(SeedLoader.LoadDirectory(RepositoryRoot.Seeds).Facts), new SnowballStemmer());
        foreach (var claim in new[] { "OpenAI was founded in 2015.", "OpenAI was founded in 2012.", "Who founded OpenAI?", "OpenAI sells pizza." })
        {
            var features = engine.Assess(claim).Features;
            var weights = document.RootElement.GetProperty(features.IsDecisive ? "decisive" : "unknown").GetProperty("weights");
            var z = features.Values.Sum(kv => weights.TryGetProperty(kv.Key, out var w) ? w.GetDouble() * kv.Value : 0);
            Assert.Equal(Math.Round(1 / (1 + Math.Exp(-z)), 3), engineModel.Probability(features));
        }
    }

    [Fact]
    public async Task Calibrate_without_output_prints_the_model_on_stdout_and_the_summary_on_stderr_the_same_every_run()
    {
        var first = await RunAsync(["calibrate", .. PublicSamples]);
        var model = output.ToString();
        output.GetStringBuilder().Clear();
        var second = await RunAsync(["calibrate", .. PublicSamples]);

        Assert.Equal((0, 0), (first, second));
        Assert.Equal(model, output.ToString());
        using var document = JsonDocument.Parse(model);
        Assert.Contains("Decisive model:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(document.RootElement.GetProperty("$comment").GetString()!.Split(". ")[1], error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibrate_split_keeps_one_half_of_the_files_that_have_a_split_field_and_all_of_the_others()
    {
        var halves = TemporaryFile("""
            {"id": "t1", "claim": "OpenAI was founded in 2015.", "verdict": "supported", "evidence_any": ["2015"], "split": "tune"}
            {"id": "t2", "claim": "OpenAI was founded in 2012.", "verdict": "contradicted", "evidence_any": ["2015"], "split": "tune"}
            {"id": "t3", "claim": "OpenAI sells pizza.", "verdict": "unknown", "evidence_any": [], "split": "tune"}
            {"id": "r1", "claim": "OpenAI was founded in 2016.", "verdict": "contradicted", "evidence_any": ["2015"], "split": "report"}
            """);
        var whole = TemporaryFile("""
            {"claim": "OpenAI was founded in 2015.", "lang": "en", "verdict": "supported", "factId": "openai-founded-2015"}
            {"claim": "Who founded OpenAI?", "lang": "en", "verdict": "unknown", "factId": null}
            """);

        var exitCode = await RunAsync("calibrate", halves, whole, "--split", "tune", "--output", TemporaryFile(""));

        Assert.Equal(0, exitCode);
        var text = output.ToString();
        Assert.Contains("from 5 claims", text, StringComparison.Ordinal);
        Assert.Contains($"{Path.GetFileName(halves)} (3, split tune)", text, StringComparison.Ordinal);
        Assert.Contains($"{Path.GetFileName(whole)} (2)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--folds must be at least 2.", "calibrate", "--folds", "1")]
    [InlineData("--folds must be at least 2.", "eval", "--calibration", "--folds", "0")]
    [InlineData("Give --calibration or --reliability, not both.", "eval", "--calibration", "--reliability")]
    public async Task Calibration_options_out_of_range_or_together_are_usage_errors(string message, params string[] args)
    {
        var exitCode = await RunAsync([.. args, PublicSamples[0]]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("calibrate")]
    [InlineData("eval", "--calibration")]
    public async Task Calibration_commands_name_a_missing_file_and_exit_1(params string[] args)
    {
        var exitCode = await RunAsync([.. args, "no-such-file.jsonl"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("No such file", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_calibration_prints_the_held_out_reliability_tables_and_the_headline()
    {
        var exitCode = await RunAsync(["eval", "--calibration", "--folds", "4", .. PublicSamples]);

        Assert.Equal(0, exitCode);
        var text = output.ToString();
        Assert.Contains("Held-out answers of 81 claims in 4 folds", text, StringComparison.Ordinal);
        Assert.Contains("Decisive answers (supported, contradicted):", text, StringComparison.Ordinal);
        Assert.Contains("Unknown answers:", text, StringComparison.Ordinal);
        Assert.Contains("All answers: 81", text, StringComparison.Ordinal);
        Assert.Contains("Answers at ≥ 0.8:", text, StringComparison.Ordinal);
        Assert.Contains("Brier score:", text, StringComparison.Ordinal);
        Assert.Contains("dev-user-claims.jsonl: at ≥ 0.8 ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_reliability_tabulates_the_confidence_the_engine_gives_now()
    {
        checker.CheckAsync(Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(Results.For("", Verdict.Supported, Results.FoundingSentence));
        var file = TemporaryFile("""
            {"id": "s1", "claim": "OpenAI was founded in 2015.", "verdict": "supported", "evidence_any": ["fondée en 2015"]}
            {"id": "u1", "claim": "OpenAI sells pizza.", "verdict": "unknown", "evidence_any": []}
            """);

        var exitCode = await RunAsync("eval", "--reliability", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("  [0.80, 0.90)       2      1     0.500      0.800", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Answers at ≥ 0.8: 1 of 2 right (50.0 %)", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        temporaryFiles.ForEach(File.Delete);
    }

    private static string LabelledFile(string name) => Path.Combine(RepositoryRoot.Find(), "eval", "public", name);

    private string TemporaryFile(string text)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, text);
        temporaryFiles.Add(path);
        return path;
    }

    private Task<int> RunAsync(params string[] args)
    {
        var services = new ServiceCollection()
            .AddSingleton(checker)
            .AddSingleton<IFactStore>(_ => InMemoryFactStore.FromDirectory(RepositoryRoot.Seeds))
            .AddSingleton<IStemmer, SnowballStemmer>()
            .AddOptions<FactBotOptions>().Services
            .BuildServiceProvider();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return CliRoot.Parse(services, args).InvokeAsync(configuration, CancellationToken.None);
    }
}
