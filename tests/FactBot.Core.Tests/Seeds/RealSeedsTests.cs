using System.Text.Json;
using System.Text.RegularExpressions;
using FactBot.Core.Seeds;
using FactBot.TestSupport;

namespace FactBot.Core.Tests.Seeds;

/// <summary>The seeds/ folder of the repository, as shipped.</summary>
public sealed partial class RealSeedsTests
{
    private const string NavigationPrefix = "Dans la même catégorie";

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex FactIdPattern();

    public static TheoryData<string> SeedFiles() => new(SeedFileNames());

    private static string[] SeedFileNames() =>
        Directory.GetFiles(RepositoryLayout.SeedsDirectory, SeedLoader.FactFilePattern).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void LoadDirectory_RealSeeds_LoadsEveryFileWithoutError()
    {
        var seeds = SeedLoader.LoadDirectory(RepositoryLayout.SeedsDirectory);

        Assert.Equal(SeedFileNames().Length, seeds.Sources.Count);
        Assert.NotEmpty(seeds.Facts);
        Assert.All(seeds.Facts, f => Assert.NotEmpty(f.Relation));
        Assert.Matches("^[0-9a-f]{16}$", seeds.FileHash);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_fact_sentence_occurs_verbatim_in_its_article(string seedFile)
    {
        var (article, facts) = Read(seedFile);

        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Contains(f.Sentence, article, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void No_fact_quotes_the_page_navigation_line(string seedFile)
    {
        var (article, facts) = Read(seedFile);
        var navigation = article.Split('\n').Where(l => l.TrimStart().StartsWith(NavigationPrefix, StringComparison.Ordinal)).ToArray();

        Assert.All(facts, f =>
        {
            Assert.DoesNotContain(NavigationPrefix, f.Sentence, StringComparison.Ordinal);
            Assert.All(navigation, line => Assert.DoesNotContain(f.Sentence, line, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void The_article_navigation_line_exists_so_the_check_above_is_meaningful()
    {
        var (article, _) = Read("000_f4fcdda49106cae1.facts.json");

        Assert.Contains(article.Split('\n'), l => l.StartsWith(NavigationPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_fact_id_is_unique_across_files_and_lower_case_dashed()
    {
        var ids = SeedFileNames().SelectMany(f => Read(f).Facts.Select(x => x.Id)).ToArray();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Matches(FactIdPattern(), id));
        Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    // Read the raw JSON rather than the loaded records, so these checks do not depend on the loader's own validation.
    private static (string Article, IReadOnlyList<(string Id, string Sentence)> Facts) Read(string seedFile)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.SeedsDirectory, seedFile)));
        var articleFile = doc.RootElement.GetProperty("source").GetProperty("file").GetString()!;
        var article = File.ReadAllText(Path.Combine(RepositoryLayout.SeedsDirectory, articleFile)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var facts = doc.RootElement.GetProperty("facts").EnumerateArray()
            .Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("sentence").GetString()!))
            .ToArray();
        return (article, facts);
    }
}
