using System.CommandLine;
using FactBot.Analysis;
using FactBot.Core.Text;
using FactBot.Storage.Configuration;
using FactBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Cli.Tests.Authoring;

public sealed class SeedsCommandTests : IDisposable
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private readonly AuthoringFolder folder = new(withArticles: true);

    [Fact]
    public async Task Validate_TheRepositorySeeds_IsValidWithoutAnyStorage()
    {
        var exitCode = await RunAsync("seeds", "validate", RepositoryRoot.Seeds);

        Assert.Equal(0, exitCode);
        Assert.Contains("No errors.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 article file(s)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Result: valid", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_AConflictBetweenFiles_FailsWithBothLocations()
    {
        folder.Write("shared/extra.json", """{ "entities": [ { "id": "nimbus", "type": "organisation", "name": "Nimbus", "aliases": ["MSFT"] } ] }""");

        var exitCode = await RunAsync("seeds", "validate", folder.Seeds);

        Assert.Equal(1, exitCode);
        var text = output.ToString();
        Assert.Contains("shared/extra.json: entities[0].aliases[0]: 'MSFT' already names 'microsoft'", text, StringComparison.Ordinal);
        Assert.Contains("shared/entities.json", text, StringComparison.Ordinal);
        Assert.Contains("Result: invalid", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Strict_FailsOnLintWarnings()
    {
        folder.Write("shared/extra.json", """{ "lexicon": { "acquire": { "en": ["acquire", "acquired"], "fr": ["racheter"] } } }""");

        var lenient = await RunAsync("seeds", "validate", folder.Seeds, "--claims", ClaimsFile());
        var strict = await RunAsync("seeds", "validate", folder.Seeds, "--strict", "--claims", ClaimsFile());

        Assert.Equal(0, lenient);
        Assert.Equal(1, strict);
        Assert.Contains("[unused] shared/extra.json: lexicon.acquire", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_WritesTheOutputFile_AndWillNotOverwriteItWithoutForce()
    {
        var target = Path.Combine(folder.Root, "draft.json");
        var article = Path.Combine(RepositoryRoot.SecondArticle, "001_corvid-labs-profile.txt");

        var first = await RunAsync("seeds", "draft", article, "--skip", "Read also:", "--seeds", folder.Seeds, "--output", target);
        var second = await RunAsync("seeds", "draft", article, "--seeds", folder.Seeds, "--output", target);

        Assert.Equal(0, first);
        Assert.Contains("\"id\": \"corvid-labs-profile\"", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Contains("TODO markers to resolve", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, second);
        Assert.Contains("--force", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_ListsSentencesNoRecordQuotes_AndRecordsNoClaimExercises()
    {
        var exitCode = await RunAsync("seeds", "coverage", folder.Seeds, "--claims", ClaimsFile());

        Assert.Equal(0, exitCode);
        var text = output.ToString();
        Assert.Contains("Money came quickly.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Read also:", text, StringComparison.Ordinal);
        Assert.Contains("    lindqvist-is-ceo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("    corvid-labs-founded-2019", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        folder.Dispose();
        output.Dispose();
        error.Dispose();
    }

    private string ClaimsFile() =>
        folder.Write("claims.jsonl", """{"claim": "Corvid Labs was founded in 2019.", "lang": "en", "verdict": "supported", "factId": "corvid-labs-founded-2019"}""" + "\n");

    private Task<int> RunAsync(params string[] args)
    {
        var services = new ServiceCollection()
            .AddSingleton<IStemmer, SnowballStemmer>()
            .AddOptions<FactBotOptions>().Services
            .BuildServiceProvider();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return CliRoot.Create(services).Parse(args).InvokeAsync(configuration, CancellationToken.None);
    }
}
