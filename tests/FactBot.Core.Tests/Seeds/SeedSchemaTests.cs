using System.Text.Json;
using FactBot.Core.Seeds;
using Json.Schema;

namespace FactBot.Core.Tests.Seeds;

public sealed class SeedSchemaTests
{
    // The schema registers its $id globally: load it once per test run.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(SeedsFolder, "facts.schema.json"))));

    private static string SeedsFolder => SeedDirectory.Locate(workingDirectory: AppContext.BaseDirectory);

    public static TheoryData<string> SeedFiles() => new(Directory.GetFiles(SeedsFolder, SeedLoader.FactFilePattern).Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void SeedFile_FollowsTheDocumentedSchema(string fileName)
    {
        var schema = Schema.Value;
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedsFolder, fileName)));

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Schema_RejectsARecordWithoutSummary()
    {
        var schema = Schema.Value;
        using var document = JsonDocument.Parse("""
            {"source":{"id":"s","title":"t","published":"2023","language":"en","file":"a.txt"},"entities":[],"lexicon":{},
             "facts":[{"id":"f","sentence":"x","relation":["r"],"slots":[]}]}
            """);

        var result = schema.Evaluate(document.RootElement);

        Assert.False(result.IsValid);
    }
}
