using FactBot.Analysis;
using FactBot.Core.Checking;
using FactBot.Core.Seeds;
using FactBot.Core.Store;

namespace FactBot.Core.Tests.Article;

/// <summary>The engine over the repository's own seeds/, built once for all engine tests.</summary>
public sealed class ArticleEngineFixture
{
    public ArticleEngineFixture()
    {
        var seeds = SeedLoader.LoadDirectory(SeedDirectory.Locate(workingDirectory: AppContext.BaseDirectory));
        Snapshot = FactSnapshot.Create(seeds.Facts, seeds.KnownEntities);
        Engine = new ClaimEngine(Snapshot, new SnowballStemmer());
    }

    public FactSnapshot Snapshot { get; }

    public ClaimEngine Engine { get; }
}
