using System.Text.Json;
using FactBot.Core.Seeds;

namespace FactBot.Cli.Authoring;

/// <summary>
/// A seeds folder as the authoring tools see it: the files as written (to say which file and entry a finding is
/// about) and, when they are valid, the records <see cref="SeedLoader"/> resolves from them, or its errors.
/// </summary>
internal sealed class SeedFolder
{
    private static readonly JsonSerializerOptions Json = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private SeedFolder(string directory, IReadOnlyList<(string Name, SharedSeedFile File)> shared, IReadOnlyList<(string Name, SeedFile File)> articles, SeedSet? seeds, IReadOnlyList<string> errors)
    {
        Directory = directory;
        Shared = shared;
        Articles = articles;
        Seeds = seeds;
        Errors = errors;
    }

    public string Directory { get; }

    /// <summary>The shared files that parse, named as the loader names them (<c>shared/lexicon.json</c>).</summary>
    public IReadOnlyList<(string Name, SharedSeedFile File)> Shared { get; }

    /// <summary>The article files that parse (<c>000_x.facts.json</c>).</summary>
    public IReadOnlyList<(string Name, SeedFile File)> Articles { get; }

    /// <summary>The loaded records, or null when the loader found errors.</summary>
    public SeedSet? Seeds { get; }

    public IReadOnlyList<string> Errors { get; }

    public static SeedFolder Read(string directory)
    {
        SeedSet? seeds = null;
        IReadOnlyList<string> errors = [];
        try
        {
            seeds = SeedLoader.LoadDirectory(directory);
        }
        catch (SeedValidationException ex)
        {
            errors = ex.Errors;
        }

        var sharedFolder = Path.Combine(directory, SeedLoader.SharedFolder);
        var shared = System.IO.Directory.Exists(sharedFolder)
            ? System.IO.Directory.GetFiles(sharedFolder, SeedLoader.SharedFilePattern).Order(StringComparer.Ordinal)
                .Select(f => ($"{SeedLoader.SharedFolder}/{Path.GetFileName(f)}", Parse<SharedSeedFile>(f)))
                .Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!)).ToArray()
            : [];
        var articles = System.IO.Directory.Exists(directory)
            ? System.IO.Directory.GetFiles(directory, SeedLoader.FactFilePattern).Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileName(f), Parse<SeedFile>(f)))
                .Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!)).ToArray()
            : [];
        return new SeedFolder(directory, shared, articles, seeds, errors);
    }

    /// <summary>The text of the article an article file quotes, or null when it is missing.</summary>
    public string? ArticleOf(SeedFile file) =>
        file.Source?.File is { Length: > 0 } name && File.Exists(Path.Combine(Directory, name)) ? File.ReadAllText(Path.Combine(Directory, name)) : null;

    // Errors in a file are the loader's to report; here an unreadable file is simply left out.
    private static T? Parse<T>(string path)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
