namespace FactBot.TestSupport;

/// <summary>The repository checkout the tests run from: the first folder upward holding package.json.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds package.json: run the tests from inside the repository.");
    }

    public static string Seeds => Path.Combine(Find(), "seeds");

    /// <summary>An invented second article, written with `factbot seeds draft`: test data, never deployed.</summary>
    public static string SecondArticle => Path.Combine(Find(), "tests", "data", "second-article");
}
