namespace FactBot.TestSupport;

/// <summary>Where the repository is, found by walking up from the test binaries to the folder that holds FactBot.sln.</summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    public static string Root => RootDirectory.Value;

    public static string SeedsDirectory => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder holding FactBot.sln above '{AppContext.BaseDirectory}'.");
    }
}
