using System.Text.Json;
using System.Text.Json.Nodes;
using FactBot.Analysis;
using FactBot.Core.Checking;
using FactBot.Core.Retrieval;
using FactBot.Core.Seeds;
using FactBot.Core.Serialization;
using FactBot.Core.Store;
using FactBot.TestSupport;

namespace FactBot.Core.Tests.Seeds;

/// <summary>
/// The synthetic article split in two: general entries and entities moved to a shared file, plus a shared entity
/// and an entry no record uses. Each case checks what an article may do with the shared file, or breaks one rule.
/// </summary>
public sealed class SharedSeedLoadingTests
{
    private const string SharedName = "shared/library.json";
    private const string OtherShared = "shared/more.json";
    private const string Article = SyntheticArticle.SeedName;

    private static readonly string[] MovedEntities = ["ceo", "halvard"];
    private static readonly string[] MovedEntries = ["found", "merge", "invest", "leave"];

    [Fact]
    public void Load_ArticleUsingSharedEntriesById_GivesTheSameRecordsAsTheSingleFile()
    {
        var (shared, article) = Split();

        var split = SeedLoader.Load([SyntheticArticle.Input(article.ToJsonString())], [Shared(shared)]);

        Assert.Equal(SyntheticArticle.Load().Facts.Select(Json), split.Facts.Select(Json));
    }

    [Fact]
    public void Load_SharedEntitiesNoRecordUses_AreKnownEntitiesNotErrors()
    {
        var (shared, article) = Split();

        var seeds = SeedLoader.Load([SyntheticArticle.Input(article.ToJsonString())], [Shared(shared)]);

        Assert.Contains(seeds.KnownEntities, e => e.Id == "orbis" && e.Aliases.Contains("Orbis"));
        Assert.DoesNotContain(seeds.Facts, f => f.Entities.Any(e => e.Id == "orbis"));
        Assert.Equal(seeds.KnownEntities.Select(e => e.Id).Order(StringComparer.Ordinal), seeds.KnownEntities.Select(e => e.Id));
        Assert.Contains(seeds.KnownEntities, e => e.Id == "zephyrine");
    }

    [Fact]
    public void Load_ArticleEntryWithSharedBases_CopiesTheirWordsAndKeepsItsOwnAntonyms()
    {
        var (shared, article) = Split();
        article["lexicon"]!["leave-or-merge"] = new JsonObject
        {
            ["base"] = new JsonArray("leave", "merge"),
            ["en"] = new JsonArray("bowed out"),
            ["antonyms"] = new JsonObject { ["en"] = new JsonArray("stuck around") },
        };
        Fact(article, SyntheticArticle.RennLeftId)["relation"] = new JsonArray("leave-or-merge");

        var seeds = SeedLoader.Load([SyntheticArticle.Input(article.ToJsonString())], [Shared(shared)]);

        var group = Assert.Single(seeds.Facts.Single(f => f.Id == SyntheticArticle.RennLeftId).Relation);
        Assert.Equal("leave-or-merge", group.Id);
        Assert.Contains("resigned", group.Terms.En);
        Assert.Contains("merged", group.Terms.En);
        Assert.Contains("bowed out", group.Terms.En);
        Assert.Equal(["stuck around"], group.Antonyms.En);
    }

    [Fact]
    public void Load_AntonymsWithABase_AreThatEntrysWordsPlusTheirOwn()
    {
        var (shared, article) = Split();
        shared["lexicon"]!["stay"] = new JsonObject { ["en"] = new JsonArray("stay", "stayed"), ["fr"] = new JsonArray("rester") };
        article["lexicon"]!["left-for-good"] = new JsonObject
        {
            ["base"] = "leave",
            ["antonyms"] = new JsonObject { ["base"] = "stay", ["en"] = new JsonArray("came back") },
        };
        Fact(article, SyntheticArticle.RennLeftId)["relation"] = new JsonArray("left-for-good");

        var seeds = SeedLoader.Load([SyntheticArticle.Input(article.ToJsonString())], [Shared(shared)]);

        var group = Assert.Single(seeds.Facts.Single(f => f.Id == SyntheticArticle.RennLeftId).Relation);
        Assert.Equal(["stay", "stayed", "came back"], group.Antonyms.En);
        Assert.Equal(["rester"], group.Antonyms.Fr);
        Assert.Contains("resigned", group.Terms.En);
    }

    [Fact]
    public void Load_ConversesOfAnEntry_AreKeptFoldedForMatchingClaimWords()
    {
        var seeds = SyntheticArticle.Load();

        var group = Assert.Single(seeds.Facts.Single(f => f.Id == SyntheticArticle.InvestmentId).Relation);
        Assert.Equal(["received", "got", "secured"], group.Converses.En);
        Assert.Equal(["recu", "obtenu"], group.Converses.Fr);
        Assert.Empty(seeds.Facts.Single(f => f.Id == SyntheticArticle.RennLeftId).Relation.Single().Converses.En);
    }

    [Fact]
    public void Load_ArticleAddingNamesToASharedEntity_EveryRecordAndTheCatalogCarryThem()
    {
        var (shared, article) = Split();
        article["entities"]!.AsArray().Add(new JsonObject { ["base"] = "halvard", ["aliases"] = new JsonArray("the lender") });

        var seeds = SeedLoader.Load([SyntheticArticle.Input(article.ToJsonString())], [Shared(shared)]);

        var recordEntity = seeds.Facts.Single(f => f.Id == SyntheticArticle.InvestmentId).Entities.Single(e => e.Id == "halvard");
        Assert.Contains("the lender", recordEntity.Aliases);
        Assert.Contains("Halvard", recordEntity.Aliases);
        Assert.Contains("the lender", seeds.KnownEntities.Single(e => e.Id == "halvard").Aliases);
    }

    [Fact]
    public void Load_SharedFileEdited_ChangesTheFileHash()
    {
        var (shared, article) = Split();
        var first = SeedLoader.Load([SyntheticArticle.Input(article.ToJsonString())], [Shared(shared)]);
        shared["entities"]!.AsArray().Add(new JsonObject { ["id"] = "lisbon", ["type"] = "place", ["name"] = "Lisbon" });

        var second = SeedLoader.Load([SyntheticArticle.Input(article.ToJsonString())], [Shared(shared)]);

        Assert.NotEqual(first.FileHash, second.FileHash);
    }

    [Fact]
    public void LoadDirectory_SharedFolder_IsReadWithTheArticles()
    {
        var (shared, article) = Split();
        var folder = Directory.CreateTempSubdirectory("factbot-seeds-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, SeedLoader.SharedFolder));
            File.WriteAllText(Path.Combine(folder.FullName, SeedLoader.SharedFolder, "library.json"), shared.ToJsonString());
            File.WriteAllText(Path.Combine(folder.FullName, Article), article.ToJsonString());
            File.WriteAllText(Path.Combine(folder.FullName, SyntheticArticle.ArticleName), SyntheticArticle.Article);

            var seeds = SeedLoader.LoadDirectory(folder.FullName);

            Assert.Equal(SyntheticArticle.Load().Facts.Count, seeds.Facts.Count);
            Assert.Contains(seeds.KnownEntities, e => e.Id == "orbis");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Snapshot_KnownEntities_ArePartOfTheVersion()
    {
        var (shared, article) = Split();
        var seeds = SeedLoader.Load([SyntheticArticle.Input(article.ToJsonString())], [Shared(shared)]);

        var withEntities = FactSnapshot.Create(seeds.Facts, seeds.KnownEntities);
        var recordsOnly = FactSnapshot.Create(seeds.Facts);

        Assert.NotEqual(recordsOnly.Version, withEntities.Version);
        Assert.Equal(withEntities.Version, FactSnapshot.Create(seeds.Facts.Reverse(), seeds.KnownEntities.Reverse()).Version);
    }

    [Theory]
    [InlineData("orbis capital")]
    [InlineData("ORBIS")]
    [InlineData("Orbís")]
    public void Index_KnownEntityNoRecordUses_IsLookedUpAsAName(string written)
    {
        var (shared, article) = Split();
        var seeds = SeedLoader.Load([SyntheticArticle.Input(article.ToJsonString())], [Shared(shared)]);

        var index = new FactIndex(FactSnapshot.Create(seeds.Facts, seeds.KnownEntities), new SnowballStemmer());

        Assert.Equal("orbis", index.Aliases[AliasKey.Of(written, out _)!].Id);
    }

    [Fact]
    public void Check_KnownEntityWrittenInLowerCase_ReadsAsTheNameItIs()
    {
        // Without the shared file, "orbis" in lower case is an unexplained word; with it, the name of another investor.
        var (shared, article) = Split();
        var seeds = SeedLoader.Load([SyntheticArticle.Input(article.ToJsonString())], [Shared(shared)]);
        var withCatalog = new ClaimEngine(FactSnapshot.Create(seeds.Facts, seeds.KnownEntities), new SnowballStemmer());
        var recordsOnly = new ClaimEngine(FactSnapshot.Create(seeds.Facts), new SnowballStemmer());
        const string Lower = "orbis invested €250 million in Zephyrine Labs";
        const string Capitalised = "Orbis Capital invested €250 million in Zephyrine Labs";

        var lower = withCatalog.Check(Lower);
        var capitalised = withCatalog.Check(Capitalised);
        var unknownWord = recordsOnly.Check(Lower);

        Assert.Equal(Verdict.Unknown, lower.Verdict);
        Assert.Equal(capitalised.Explanation, lower.Explanation);
        Assert.NotEqual(unknownWord.Explanation, lower.Explanation);
    }

    public static TheoryData<string, string, string> Conflicts() => new()
    {
        { "lexicon id in the article and the shared file", Article, $"lexicon.found: 'found' is already defined in {SharedName} (lexicon.found)" },
        { "lexicon id in two shared files", OtherShared, $"lexicon.invest: 'invest' is defined twice: also in {SharedName} (lexicon.invest)" },
        { "lexicon id twice in one file", SharedName, "not valid JSON (" },
        { "entity id in the article and the shared file", Article, $"entities[6].id: 'halvard' is defined twice: also at {SharedName}: entities[1]" },
        { "entity id in two shared files", OtherShared, $"entities[0].id: 'orbis' is defined twice: also at {SharedName}: entities[2]" },
        { "one name for two entities, after folding", Article, $"entities[6].aliases[0]: 'ORBÍS' already names 'orbis' (at {SharedName}: entities[2].aliases[0])" },
        { "an article's name for a shared entity another already has", Article, $"entities[6].aliases[0]: 'Halvard' already names 'halvard' (at {SharedName}: entities[1].aliases[0])" },
        { "base naming an entity that is not shared", Article, "entities[6].base: 'corvex' must be the id of an entity of seeds/shared" },
        { "base entity in a shared file", OtherShared, "entities[0].base: only an article file may add names to a shared entity" },
        { "facts in a shared file", OtherShared, "not valid JSON (" },
        { "shared base naming a missing entry", SharedName, "lexicon.announce.base: 'nothing' must name a lexicon entry" },
        { "article naming another article's entity", "901_other.facts.json", "facts[0].slots[0].values[0]: must be the id of an entity defined in this file or in seeds/shared" },
        { "entity id in two articles", "901_other.facts.json", $"entities[0].id: 'nimbus' is defined twice: also at {Article}: entities[4]; an entity two articles name belongs in seeds/shared" },
    };

    [Theory]
    [MemberData(nameof(Conflicts))]
    public void Load_Conflict_IsAnErrorNamingBothPlaces(string conflict, string file, string message)
    {
        var (shared, article) = Split();
        var more = new JsonObject { ["lexicon"] = new JsonObject() };
        JsonObject? other = null;
        var sharedText = (string?)null;
        switch (conflict)
        {
            case "lexicon id in the article and the shared file":
                article["lexicon"]!["found"] = new JsonObject { ["en"] = new JsonArray("found") };
                break;
            case "lexicon id in two shared files":
                more["lexicon"]!["invest"] = new JsonObject { ["en"] = new JsonArray("invest") };
                break;
            case "lexicon id twice in one file":
                sharedText = shared.ToJsonString().Replace("\"lexicon\":{", "\"lexicon\":{\"merge\":{\"en\":[\"merge\"]},", StringComparison.Ordinal);
                break;
            case "entity id in the article and the shared file":
                article["entities"]!.AsArray().Add(new JsonObject { ["id"] = "halvard", ["type"] = "organisation", ["name"] = "Halvard SA" });
                break;
            case "entity id in two shared files":
                more["entities"] = new JsonArray(new JsonObject { ["id"] = "orbis", ["type"] = "organisation", ["name"] = "Orbis Group" });
                break;
            case "one name for two entities, after folding":
                article["entities"]!.AsArray().Add(new JsonObject { ["id"] = "orbis-labs", ["type"] = "organisation", ["name"] = "Orbis Labs", ["aliases"] = new JsonArray("ORBÍS") });
                break;
            case "an article's name for a shared entity another already has":
                article["entities"]!.AsArray().Add(new JsonObject { ["base"] = "ceo", ["aliases"] = new JsonArray("Halvard") });
                break;
            case "base naming an entity that is not shared":
                article["entities"]!.AsArray().Add(new JsonObject { ["base"] = "corvex", ["aliases"] = new JsonArray("the suitor") });
                break;
            case "base entity in a shared file":
                more["entities"] = new JsonArray(new JsonObject { ["base"] = "orbis", ["aliases"] = new JsonArray("Orbis Fund") });
                break;
            case "facts in a shared file":
                more["facts"] = new JsonArray();
                break;
            case "shared base naming a missing entry":
                shared["lexicon"]!["announce"]!["base"] = "nothing";
                break;
            case "article naming another article's entity":
                other = OtherArticle("corvex", withOwnEntity: false);
                break;
            case "entity id in two articles":
                other = OtherArticle("nimbus", withOwnEntity: true);
                break;
        }

        var articles = new List<SeedInput> { SyntheticArticle.Input(article.ToJsonString()) };
        if (other is not null)
        {
            articles.Add(SyntheticArticle.Input(other.ToJsonString(), name: "901_other.facts.json"));
        }

        var error = Assert.Throws<SeedValidationException>(() => SeedLoader.Load(
            articles,
            [new SeedInput(SharedName, sharedText ?? shared.ToJsonString(), _ => null), Shared(more, OtherShared)]));

        Assert.Contains(error.Errors, e => e.StartsWith($"{file}: ", StringComparison.Ordinal) && e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ArticlesOwnUnusedEntries_StayErrors()
    {
        var (shared, article) = Split();
        article["lexicon"]!["orphan"] = new JsonObject { ["base"] = "invest", ["en"] = new JsonArray("orphan") };
        article["entities"]!.AsArray().Add(new JsonObject { ["base"] = "orbis", ["aliases"] = new JsonArray("the fund") });

        var error = Assert.Throws<SeedValidationException>(() => SeedLoader.Load([SyntheticArticle.Input(article.ToJsonString())], [Shared(shared)]));

        Assert.Contains($"{Article}: lexicon: 'orphan' is not used by any fact", error.Errors);
        Assert.Contains($"{Article}: entities: 'orbis' is not used by any fact", error.Errors);
        Assert.DoesNotContain(error.Errors, e => e.StartsWith(SharedName, StringComparison.Ordinal));
    }

    // The synthetic article with its general entries and two entities moved to a shared file, which also holds an
    // entity and an entry no record uses.
    private static (JsonObject Shared, JsonObject Article) Split()
    {
        var article = JsonNode.Parse(SyntheticArticle.Json)!.AsObject();
        var entities = article["entities"]!.AsArray();
        var lexicon = article["lexicon"]!.AsObject();
        var sharedEntities = new JsonArray();
        foreach (var id in MovedEntities)
        {
            var entity = entities.Single(e => (string?)e!["id"] == id)!;
            entities.Remove(entity);
            sharedEntities.Add(entity);
        }

        sharedEntities.Add(new JsonObject { ["id"] = "orbis", ["type"] = "organisation", ["name"] = "Orbis Capital", ["aliases"] = new JsonArray("Orbis") });
        var sharedLexicon = new JsonObject();
        foreach (var id in MovedEntries)
        {
            var entry = lexicon[id]!;
            lexicon.Remove(id);
            sharedLexicon[id] = entry;
        }

        sharedLexicon["announce"] = new JsonObject { ["en"] = new JsonArray("announce", "announced"), ["fr"] = new JsonArray("annoncer") };
        return (new JsonObject { ["entities"] = sharedEntities, ["lexicon"] = sharedLexicon }, article);
    }

    // A second article quoting the same text, with one fact naming the entity given.
    private static JsonObject OtherArticle(string entity, bool withOwnEntity)
    {
        var other = JsonNode.Parse(SyntheticArticle.Json)!.AsObject();
        other["source"]!["id"] = "other-901";
        other["entities"] = withOwnEntity
            ? new JsonArray(new JsonObject { ["id"] = entity, ["type"] = "product", ["name"] = "Nimbus Two" })
            : new JsonArray();
        other["lexicon"] = new JsonObject();
        var fact = Fact(other, SyntheticArticle.NimbusId).DeepClone().AsObject();
        fact["id"] = "other-fact";
        fact["relation"] = new JsonArray("invest");
        fact["slots"] = new JsonArray(new JsonObject
        {
            ["name"] = "maker", ["type"] = withOwnEntity ? "product" : "organisation", ["match"] = "key", ["values"] = new JsonArray(entity),
            ["label"] = new JsonObject { ["en"] = "the maker", ["fr"] = "le fabricant" },
        });
        other["facts"] = new JsonArray(fact);
        return other;
    }

    private static JsonObject Fact(JsonObject root, string id) => root["facts"]!.AsArray().Single(f => (string?)f!["id"] == id)!.AsObject();

    private static SeedInput Shared(JsonObject shared, string name = SharedName) => new(name, shared.ToJsonString(), _ => null);

    private static string Json(Core.Facts.FactRecord fact) => JsonSerializer.Serialize(fact, FactJsonContext.Default.FactRecord);
}
