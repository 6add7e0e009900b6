using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactBot.Core.Facts;

namespace FactBot.Core.Seeds;

/// <summary>
/// Loads the shared vocabulary and entities (<c>seeds/shared/*.json</c>), then the <c>*.facts.json</c> files and
/// the articles they quote, validates them and resolves them into self-contained <see cref="FactRecord"/>s. Every
/// problem is reported at once, each with its file and JSON path; a conflict between two places names both.
/// </summary>
public static partial class SeedLoader
{
    public const string FactFilePattern = "*.facts.json";

    /// <summary>The folder of <c>seeds/</c> that holds the shared files, and their pattern.</summary>
    public const string SharedFolder = "shared";

    public const string SharedFilePattern = "*.json";

    // Azure Table keys may not contain / \ # ? or control characters; we keep ids to a readable subset.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,126}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex PublishedPattern();

    // A key written twice in one object (two lexicon entries with one id) is an error, not "the last one wins".
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    public static SeedSet LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new SeedValidationException([$"seeds folder '{directory}' does not exist"]);
        }

        var files = Directory.GetFiles(directory, FactFilePattern).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new SeedValidationException([$"seeds folder '{directory}' holds no {FactFilePattern} file"]);
        }

        var sharedFolder = Path.Combine(directory, SharedFolder);
        var shared = Directory.Exists(sharedFolder)
            ? Directory.GetFiles(sharedFolder, SharedFilePattern).Order(StringComparer.Ordinal)
                .Select(f => new SeedInput($"{SharedFolder}/{Path.GetFileName(f)}", File.ReadAllText(f), _ => null))
                .ToArray()
            : [];
        var articles = files.Select(f => new SeedInput(Path.GetFileName(f), File.ReadAllText(f), name => ReadArticle(directory, name)));
        return Load(articles, shared);
    }

    /// <summary>Article files alone, with no shared file.</summary>
    public static SeedSet Load(IEnumerable<SeedInput> inputs) => Load(inputs, []);

    /// <summary>Article files and the shared files they may use (named as in errors, e.g. <c>shared/lexicon.json</c>).</summary>
    public static SeedSet Load(IEnumerable<SeedInput> inputs, IEnumerable<SeedInput> shared)
    {
        var errors = new List<string>();
        var catalog = new EntityCatalog(errors);
        var sharedLexicon = new LexiconScope(errors);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        foreach (var input in shared)
        {
            Append(hash, input.Name, input.Json);
            DraftMarkers.Find(input, errors);
            if (Parse<SharedSeedFile>(input, errors) is { } file)
            {
                AddShared(input.Name, file, catalog, sharedLexicon, errors);
            }
        }

        sharedLexicon.Resolve();
        var articles = new List<ArticleResolver>();
        foreach (var input in inputs)
        {
            Append(hash, input.Name, input.Json);
            DraftMarkers.Find(input, errors);
            if (Parse<SeedFile>(input, errors) is not { } file)
            {
                continue;
            }

            var article = file.Source?.File is { Length: > 0 } articleName ? input.ReadArticle(articleName) : null;
            if (article is not null)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(article));
            }

            var resolver = new ArticleResolver(input.Name, file, article, errors, catalog, sharedLexicon);
            resolver.ResolveDefinitions();
            articles.Add(resolver);
        }

        // Facts last: a record carries each entity with the names every file gives it.
        var entities = catalog.Build();
        var sources = new List<SourceInfo>();
        var facts = new List<FactRecord>();
        var factIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            article.ResolveFacts(entities, sources, facts, factIds);
        }

        // "after" names facts that came before this one, in any file.
        foreach (var fact in facts)
        {
            foreach (var earlier in fact.After.Where(id => !factIds.ContainsKey(id) || id == fact.Id))
            {
                errors.Add($"{factIds[fact.Id]}.after: '{earlier}' must be the id of another fact");
            }
        }

        if (errors.Count > 0)
        {
            throw new SeedValidationException(errors);
        }

        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        return new SeedSet(sources, facts, version) { KnownEntities = entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray() };
    }

    internal static bool IsValidId(string id) => IdPattern().IsMatch(id);

    internal static bool IsValidPublished(string published) => PublishedPattern().IsMatch(published);

    // A shared file defines entities and lexicon entries; only an article may extend a shared entity.
    private static void AddShared(string name, SharedSeedFile file, EntityCatalog catalog, LexiconScope lexicon, List<string> errors)
    {
        if (file.Entities is null && file.Lexicon is null)
        {
            errors.Add($"{name}: a shared file holds \"entities\", \"lexicon\" or both");
        }

        var list = file.Entities ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Base is not null)
            {
                errors.Add($"{name}: entities[{i}].base: only an article file may add names to a shared entity; write them here as aliases");
                continue;
            }

            catalog.Define(name, $"entities[{i}]", list[i], shared: true);
        }

        lexicon.Add(name, file.Lexicon);
    }

    private static void Append(IncrementalHash hash, string name, string json)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(name));
        hash.AppendData(Encoding.UTF8.GetBytes(json));
    }

    private static T? Parse<T>(SeedInput input, List<string> errors)
        where T : class
    {
        try
        {
            var file = JsonSerializer.Deserialize<T>(input.Json, JsonOptions);
            if (file is null)
            {
                errors.Add($"{input.Name}: the file is empty");
            }

            return file;
        }
        catch (JsonException ex)
        {
            errors.Add($"{input.Name}: not valid JSON ({ex.Message})");
            return null;
        }
    }

    private static string? ReadArticle(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
