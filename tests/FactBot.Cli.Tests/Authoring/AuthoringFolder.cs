using FactBot.TestSupport;

namespace FactBot.Cli.Tests.Authoring;

/// <summary>A temporary seeds folder with the repository's shared vocabulary and schemas (and, asked, both articles), and whatever a test adds.</summary>
internal sealed class AuthoringFolder : IDisposable
{
    public AuthoringFolder(bool withArticles = false)
    {
        Root = Directory.CreateTempSubdirectory("factbot-seeds-").FullName;
        Seeds = Path.Combine(Root, "seeds");
        Directory.CreateDirectory(Path.Combine(Seeds, "shared"));
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Seeds, "shared"), "*.json"))
        {
            File.Copy(file, Path.Combine(Seeds, "shared", Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(RepositoryRoot.Seeds, withArticles ? "*.*" : "*.schema.json"))
        {
            File.Copy(file, Path.Combine(Seeds, Path.GetFileName(file)));
        }

        foreach (var file in withArticles ? Directory.GetFiles(RepositoryRoot.SecondArticle) : [])
        {
            File.Copy(file, Path.Combine(Seeds, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string Seeds { get; }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Seeds, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
