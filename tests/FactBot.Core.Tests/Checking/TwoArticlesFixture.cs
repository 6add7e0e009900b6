using FactBot.Analysis;
using FactBot.Core.Checking;
using FactBot.Core.Seeds;
using FactBot.Core.Store;
using FactBot.TestSupport;

namespace FactBot.Core.Tests.Checking;

/// <summary>
/// The engine over seeds/ plus the invented second article in tests/data (kept out of seeds/ so a deployment never
/// serves invented facts), loaded from one temporary seeds folder as a newsroom's would be.
/// </summary>
public sealed class TwoArticlesFixture : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factbot-two-articles-").FullName;

    public TwoArticlesFixture()
    {
        CopyFolder(RepositoryRoot.Seeds, folder);
        foreach (var file in Directory.GetFiles(RepositoryRoot.SecondArticle))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var seeds = SeedLoader.LoadDirectory(folder);
        Snapshot = FactSnapshot.Create(seeds.Facts, seeds.KnownEntities);
        Engine = new ClaimEngine(Snapshot, new SnowballStemmer());
    }

    public FactSnapshot Snapshot { get; }

    public ClaimEngine Engine { get; }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
