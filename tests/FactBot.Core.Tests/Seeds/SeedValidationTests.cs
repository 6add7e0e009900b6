using System.Text.Json.Nodes;
using FactBot.Core.Seeds;
using FactBot.TestSupport;

namespace FactBot.Core.Tests.Seeds;

/// <summary>Each case breaks one thing in an otherwise valid seed file and expects an error naming where it is.</summary>
public sealed class SeedValidationTests
{
    private const string File = SyntheticArticle.SeedName;

    private static readonly Dictionary<string, Action<JsonNode>> Breakages = new(StringComparer.Ordinal)
    {
        ["missing summary"] = root => Fact(root, 0).AsObject().Remove("summary"),
        ["summary without French"] = root => Fact(root, 0)["summary"]!.AsObject().Remove("fr"),
        ["unknown lexicon id"] = root => Fact(root, 1)["relation"] = new JsonArray("ceo-role", "no-such-entry"),
        ["organisation in a person slot"] = root => Fact(root, 1)["slots"]![0]!["values"] = new JsonArray("corvex"),
        ["undefined entity in a slot"] = root => Fact(root, 1)["slots"]![0]!["values"] = new JsonArray("nobody"),
        ["sentence not in the article"] = root => Fact(root, 0)["sentence"] = "Zephyrine Labs was founded in 1999.",
        ["sentence quoting the navigation line"] = root => Fact(root, 0)["sentence"] = SyntheticArticle.NavigationLine,
        ["unused entity"] = root => root["entities"]!.AsArray().Add(new JsonObject { ["id"] = "lisbon", ["type"] = "place", ["name"] = "Lisbon" }),
        ["unused lexicon entry"] = root => root["lexicon"]!["orphan"] = new JsonObject { ["en"] = new JsonArray("orphan") },
        ["duplicate fact id"] = root => Fact(root, 1)["id"] = SyntheticArticle.FoundedId,
        ["fact id with capitals"] = root => Fact(root, 0)["id"] = "Zephyrine_Founded",
        ["negative money amount"] = root => Money(root)["amount"] = -250,
        ["money without currency"] = root => Money(root).AsObject().Remove("currency"),
        ["four-letter currency"] = root => Money(root)["currency"] = "EURO",
        ["year written as text"] = root => Fact(root, 0)["slots"]![1]!["values"] = new JsonArray("1998"),
        ["unknown period part"] = root => Fact(root, 5)["slots"]![1]!["values"]![0]!["part"] = "sometime",
        ["unknown slot match"] = root => Fact(root, 0)["slots"]![0]!["match"] = "fuzzy",
        ["unknown slot role"] = root => Fact(root, 0)["slots"]![0]!["role"] = "subject",
        ["unknown polarity"] = root => Fact(root, 0)["polarity"] = "maybe",
        ["missing article file"] = root => root["source"]!["file"] = "missing.txt",
        ["bad published date"] = root => root["source"]!["published"] = "May 2024",
        ["unknown source language"] = root => root["source"]!["language"] = "de",
        ["no facts"] = root => root["facts"] = new JsonArray(),
        ["unknown entity type"] = root => root["entities"]![0]!["type"] = "company",
        ["lexicon entry with no terms"] = root => root["lexicon"]!["listing"] = new JsonObject { ["en"] = new JsonArray() },
        ["base naming a missing entry"] = root => root["lexicon"]!["merger-outcome"]!["base"] = "nothing",
    };

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "missing summary", "facts[0].summary", "is required" },
        { "summary without French", "facts[0].summary", "needs both 'en' and 'fr'" },
        { "unknown lexicon id", "facts[1].relation", "'no-such-entry' is not in the lexicon" },
        { "organisation in a person slot", "facts[1].slots[0].values[0]", "'corvex' is a organisation, not a person" },
        { "undefined entity in a slot", "facts[1].slots[0].values[0]", "must be the id of an entity defined in this file or in seeds/shared" },
        { "sentence not in the article", "facts[0].sentence", "does not occur verbatim" },
        { "sentence quoting the navigation line", "facts[0].sentence", "does not occur verbatim in the article's content" },
        { "unused entity", "entities", "'lisbon' is not used by any fact" },
        { "unused lexicon entry", "lexicon", "'orphan' is not used by any fact" },
        { "duplicate fact id", "facts[1].id", "'zephyrine-founded-1998' is used by another fact" },
        { "fact id with capitals", "facts[0].id", "must be lower-case letters, digits and dashes" },
        { "negative money amount", "facts[4].slots[2].values[0]", "a money slot takes" },
        { "money without currency", "facts[4].slots[2].values[0]", "a money slot takes" },
        { "four-letter currency", "facts[4].slots[2].values[0]", "a money slot takes" },
        { "year written as text", "facts[0].slots[1].values[0]", "a year slot takes whole years" },
        { "unknown period part", "facts[5].slots[1].values[0]", "a period slot takes" },
        { "unknown slot match", "facts[0].slots[0].match", "must be one of key, exclusive, partial, optional" },
        { "unknown slot role", "facts[0].slots[0].role", "must be one of none, agent, patient" },
        { "unknown polarity", "facts[0].polarity", "must be 'positive' or 'negative'" },
        { "missing article file", "source.file", "'missing.txt' was not found" },
        { "bad published date", "source.published", "must be a date" },
        { "unknown source language", "source.language", "must be 'en' or 'fr'" },
        { "no facts", "facts", "at least one fact is required" },
        { "unknown entity type", "entities[0].type", "must be one of person, organisation, role, product, place" },
        { "lexicon entry with no terms", "lexicon.listing", "needs at least one English or French term" },
        { "base naming a missing entry", "lexicon.merger-outcome.base", "'nothing' must name a lexicon entry" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_InvalidSeed_ReportsTheFileThePathAndTheProblem(string breakage, string path, string message)
    {
        var root = JsonNode.Parse(SyntheticArticle.Json)!;
        Breakages[breakage](root);

        var error = Assert.Throws<SeedValidationException>(() => SeedLoader.Load([SyntheticArticle.Input(root.ToJsonString())]));

        Assert.Contains(error.Errors, e => e.StartsWith($"{File}: {path}: ", StringComparison.Ordinal) && e.Contains(message, StringComparison.Ordinal));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_breakage_has_a_case_and_every_case_a_breakage()
    {
        Assert.Equal(Breakages.Keys.Order(StringComparer.Ordinal), ((IEnumerable<object[]>)Cases()).Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_MalformedJson_ReportsTheFileAsNotValidJson()
    {
        var error = Assert.Throws<SeedValidationException>(() => SeedLoader.Load([SyntheticArticle.Input(SyntheticArticle.Json[..200])]));

        var message = Assert.Single(error.Errors);
        Assert.StartsWith($"{File}: not valid JSON (", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_JsonOfTheWrongShape_ReportsTheJsonPath()
    {
        var root = JsonNode.Parse(SyntheticArticle.Json)!;
        Fact(root, 2)["relation"] = "attempt";

        var error = Assert.Throws<SeedValidationException>(() => SeedLoader.Load([SyntheticArticle.Input(root.ToJsonString())]));

        Assert.Contains("$.facts[2].relation", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsThemAllAtOnce()
    {
        var root = JsonNode.Parse(SyntheticArticle.Json)!;
        Fact(root, 0).AsObject().Remove("summary");
        Fact(root, 3)["polarity"] = "maybe";
        Money(root)["currency"] = "EURO";

        var error = Assert.Throws<SeedValidationException>(() => SeedLoader.Load([SyntheticArticle.Input(root.ToJsonString())]));

        Assert.Contains(error.Errors, e => e.Contains("facts[0].summary", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("facts[3].polarity", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("facts[4].slots[2].values[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SameFactIdInTwoFiles_IsReportedInTheSecondFile()
    {
        var error = Assert.Throws<SeedValidationException>(() => SeedLoader.Load(
            [SyntheticArticle.Input(), SyntheticArticle.Input(name: "901_copy.facts.json")]));

        Assert.Contains($"901_copy.facts.json: facts[0].id: '{SyntheticArticle.FoundedId}' is used by another fact (at {File}: facts[0])", error.Errors);
        Assert.DoesNotContain(error.Errors, e => e.StartsWith(File, StringComparison.Ordinal));
    }

    [Fact]
    public void LoadDirectory_MissingFolder_SaysWhichFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "factbot-no-such-seeds-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<SeedValidationException>(() => SeedLoader.LoadDirectory(folder));

        Assert.Contains(folder, Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"amount\": \"250000000\", \"currency\": \"EUR\" }")]
    [InlineData("{ \"amount\": 250000000, \"currency\": 978 }")]
    public void Load_MoneyValueOfTheWrongJsonKind_IsAValidationErrorNotACrash(string value)
    {
        var root = JsonNode.Parse(SyntheticArticle.Json)!;
        Fact(root, 4)["slots"]![2]!["values"] = new JsonArray(JsonNode.Parse(value));

        var error = Assert.Throws<SeedValidationException>(() => SeedLoader.Load([SyntheticArticle.Input(root.ToJsonString())]));

        Assert.Contains(error.Errors, e => e.Contains("facts[4].slots[2].values[0]", StringComparison.Ordinal));
    }

    private static JsonNode Fact(JsonNode root, int index) => root["facts"]![index]!;

    private static JsonNode Money(JsonNode root) => Fact(root, 4)["slots"]![2]!["values"]![0]!;
}
