namespace FactBot.Core.Seeds;

/// <summary>Finds the seeds folder: a configured path, else the first <c>seeds/</c> from the working directory upward, else the one copied beside the program.</summary>
public static class SeedDirectory
{
    public static string Locate(string? configured = null, string? workingDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        for (var dir = new DirectoryInfo(workingDirectory ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, SeedLoader.FactFilePattern).Any())
            {
                return candidate;
            }
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "seeds");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        throw new DirectoryNotFoundException(
            "No seeds folder was found: set FactBot:Seeds:Path, or run from inside the repository, or next to a build that copied seeds/.");
    }
}
