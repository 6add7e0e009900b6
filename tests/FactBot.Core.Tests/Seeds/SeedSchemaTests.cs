using System.Text.Json;
using FactBot.Core.Seeds;
using Json.Schema;

namespace FactBot.Core.Tests.Seeds;

public sealed class SeedSchemaTests
{
    // Each schema registers its $id globally: load each once per test run, the shared one first (the other refers to it).
    private static readonly Lazy<JsonSchema> SharedSchema = new(() => Load("shared.schema.json"));
    private static readonly Lazy<JsonSchema> FactsSchema = new(() =>
    {
        _ = SharedSchema.Value;
        return Load("facts.schema.json");
    });

    private static string SeedsFolder => SeedDirectory.Locate(workingDirectory: AppContext.BaseDirectory);

    private static string SharedFolder => Path.Combine(SeedsFolder, SeedLoader.SharedFolder);

    public static TheoryData<string> SeedFiles() => new(Directory.GetFiles(SeedsFolder, SeedLoader.FactFilePattern).Select(Path.GetFileName)!);

    public static TheoryData<string> SharedFiles() => new(Directory.GetFiles(SharedFolder, SeedLoader.SharedFilePattern).Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void SeedFile_FollowsTheDocumentedSchema(string fileName)
    {
        AssertValid(FactsSchema.Value, Path.Combine(SeedsFolder, fileName));
    }

    [Theory]
    [MemberData(nameof(SharedFiles))]
    public void SharedFile_FollowsTheDocumentedSchema(string fileName)
    {
        AssertValid(SharedSchema.Value, Path.Combine(SharedFolder, fileName));
    }

    [Fact]
    public void Schema_RejectsARecordWithoutSummary()
    {
        using var document = JsonDocument.Parse("""
            {"source":{"id":"s","title":"t","published":"2023","language":"en","file":"a.txt"},"entities":[],"lexicon":{},
             "facts":[{"id":"f","sentence":"x","relation":["r"],"slots":[]}]}
            """);

        Assert.False(FactsSchema.Value.Evaluate(document.RootElement).IsValid);
    }

    [Theory]
    [InlineData("""{"base": "musk", "aliases": ["the billionaire"]}""", true)]
    [InlineData("""{"id": "musk", "type": "person", "name": "Elon Musk", "aliases": ["Musk"]}""", true)]
    [InlineData("""{"base": "musk", "type": "person", "aliases": ["the billionaire"]}""", false)]
    [InlineData("""{"base": "musk"}""", false)]
    public void Schema_ArticleEntity_IsADefinitionOrMoreNamesForASharedOne(string entity, bool valid)
    {
        using var document = JsonDocument.Parse($$$"""
            {"source":{"id":"s","title":"t","published":"2023","language":"en","file":"a.txt"},"entities":[{{{entity}}}],
             "facts":[{"id":"f","sentence":"x","relation":["r"],"slots":[],"summary":{"en":"x","fr":"x"}}]}
            """);

        Assert.Equal(valid, FactsSchema.Value.Evaluate(document.RootElement).IsValid);
    }

    [Theory]
    [InlineData("""{"lexicon": {"quit": {"base": ["leave", "resign"], "antonyms": {"base": "stay"}}}}""", true)]
    [InlineData("""{"entities": [{"id": "acme", "type": "organisation", "name": "Acme"}]}""", true)]
    [InlineData("""{"lexicon": {}, "facts": []}""", false)]
    [InlineData("""{"entities": [{"base": "acme", "aliases": ["the firm"]}]}""", false)]
    [InlineData("""{"$schema": "../shared.schema.json"}""", false)]
    public void Schema_SharedFile_HoldsEntitiesAndLexiconOnly(string json, bool valid)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(valid, SharedSchema.Value.Evaluate(document.RootElement).IsValid);
    }

    private static JsonSchema Load(string name) => JsonSchema.FromText(File.ReadAllText(Path.Combine(SeedsFolder, name)));

    private static void AssertValid(JsonSchema schema, string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }
}
