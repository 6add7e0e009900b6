using System.Text.Json.Nodes;
using FactBot.Analysis;
using FactBot.Cli.Authoring;
using FactBot.Core.Seeds;

namespace FactBot.Cli.Tests.Authoring;

public sealed class FactDrafterTests : IDisposable
{
    private const string ArticleName = "001_nimbus-works.txt";

    private const string Article = """
        date 2024-02 Nimbus Works draws a big investor.
        Menu: Home | Tech | Business
        In 2021, Microsoft invested 2 billion dollars in Nimbus Works. Ada Quill founded Nimbus Works in 2019.
        """;

    private readonly AuthoringFolder folder = new();

    [Fact]
    public void Draft_WritesOneRecordPerContentSentence_AndLeavesSkippedLinesOut()
    {
        var draft = Draft();

        var facts = draft.Json["facts"]!.AsArray();
        Assert.Equal(3, facts.Count);
        Assert.Equal(1, draft.SkippedLines);
        Assert.Equal("In 2021, Microsoft invested 2 billion dollars in Nimbus Works.", (string?)facts[1]!["sentence"]);
        Assert.DoesNotContain(facts, f => ((string?)f!["sentence"])!.StartsWith("Menu", StringComparison.Ordinal));
        Assert.Equal(["Menu:"], draft.Json["source"]!["notContent"]!.AsArray().Select(p => (string?)p));
    }

    [Fact]
    public void Draft_ReadsTheSourceFromTheFileNameAndHeader()
    {
        var source = Draft().Json["source"]!;

        Assert.Equal("nimbus-works", (string?)source["id"]);
        Assert.Equal("2024-02", (string?)source["published"]);
        Assert.Equal("en", (string?)source["language"]);
        Assert.Equal(ArticleName, (string?)source["file"]);
    }

    [Fact]
    public void Draft_TypesYearsAmountsAndKnownEntities_AndTakesRelationWordsFromTheSharedVocabulary()
    {
        var investment = Draft().Json["facts"]![1]!;

        var slots = investment["slots"]!.AsArray();
        Assert.Contains(slots, s => (string?)s!["type"] == "year" && (int?)s["values"]![0] == 2021 && (string?)s["match"] == "exclusive");
        Assert.Contains(slots, s => (string?)s!["type"] == "money" && (decimal?)s["values"]![0]!["amount"] == 2_000_000_000m && (string?)s["values"]![0]!["currency"] == "USD");
        Assert.Contains(slots, s => (string?)s!["type"] == "organisation" && (string?)s["values"]![0] == "microsoft");
        Assert.Contains("invest", investment["relation"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public void Draft_NamesNoSeedKnows_BecomeEntitiesWhoseTypeIsATodo()
    {
        var draft = Draft();

        var entities = draft.Json["entities"]!.AsArray();
        Assert.Equal(["nimbus-works", "ada-quill"], entities.Select(e => (string?)e!["id"]));
        Assert.All(entities, e => Assert.StartsWith("TODO", (string?)e!["type"], StringComparison.Ordinal));
        Assert.DoesNotContain(entities, e => (string?)e!["id"] == "microsoft");
    }

    [Fact]
    public void Draft_CountsItsValuesAndTodos()
    {
        var draft = Draft();

        Assert.True(draft.Todos > 0);
        Assert.True(draft.Values > draft.Todos);
        Assert.Equal(DraftValues.Count(draft.Json), (draft.Values, draft.Todos));
    }

    [Fact]
    public void Draft_WithItsTodosLeft_DoesNotLoad_ButOnceResolvedItValidates()
    {
        var draft = Draft();
        folder.Write(ArticleName, Article);
        var facts = folder.Write("001_nimbus-works.facts.json", draft.Json.ToJsonString());

        var unresolved = Assert.Throws<SeedValidationException>(() => SeedLoader.LoadDirectory(folder.Seeds));
        Assert.Contains(unresolved.Errors, e => e.Contains("001_nimbus-works.facts.json: entities[0].type: still a draft", StringComparison.Ordinal));
        Assert.All(unresolved.Errors.Where(e => e.Contains("still a draft", StringComparison.Ordinal)), e => Assert.Contains("TODO", e, StringComparison.Ordinal));

        File.WriteAllText(facts, Resolve(draft.Json).ToJsonString());
        var seeds = SeedLoader.LoadDirectory(folder.Seeds);

        Assert.Equal(3, seeds.Facts.Count(f => f.Source.Id == "nimbus-works"));
    }

    public void Dispose() => folder.Dispose();

    private DraftResult Draft() =>
        FactDrafter.ForFolder(SeedFolder.Read(folder.Seeds), new SnowballStemmer()).Draft(ArticleName, Article, ["Menu:"]);

    // What an author decides, done the plainest way: types from a list, every entity slot a key, one relation entry.
    private static JsonObject Resolve(JsonObject draft)
    {
        var json = draft.DeepClone().AsObject();
        var types = new Dictionary<string, string> { ["nimbus-works"] = "organisation", ["ada-quill"] = "person" };
        foreach (var entity in json["entities"]!.AsArray())
        {
            entity!["type"] = types[(string)entity["id"]!];
        }

        foreach (var fact in json["facts"]!.AsArray())
        {
            var relation = fact!["relation"]!.AsArray().Select(r => (string)r!).Where(r => !r.StartsWith("TODO", StringComparison.Ordinal)).Take(1).ToArray();
            fact["relation"] = new JsonArray(relation.Length > 0 ? [JsonValue.Create(relation[0])] : [JsonValue.Create("invest")]);
            fact.AsObject().Remove("polarity");
            fact.AsObject().Remove("hedge");
            fact["summary"] = new JsonObject { ["en"] = (string)fact["sentence"]!, ["fr"] = (string)fact["sentence"]! };
            foreach (var slot in fact["slots"]!.AsArray())
            {
                var value = slot!["values"]![0]!;
                if (((string?)slot["type"])!.StartsWith("TODO", StringComparison.Ordinal))
                {
                    slot["type"] = types[(string)value!];
                }

                if (((string?)slot["match"])!.StartsWith("TODO", StringComparison.Ordinal))
                {
                    slot["match"] = "key";
                    slot["role"] = "none";
                }
            }
        }

        return json;
    }
}
