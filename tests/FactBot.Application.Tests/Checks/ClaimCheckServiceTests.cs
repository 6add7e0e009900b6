using FactBot.Analysis;
using FactBot.Application.Checks;
using FactBot.Application.Facts;
using FactBot.Core.Checking;
using FactBot.Core.Store;
using FactBot.TestSupport;
using NSubstitute;

namespace FactBot.Application.Tests.Checks;

public sealed class ClaimCheckServiceTests
{
    private static readonly FactSnapshot Snapshot = FactSnapshot.Create(SyntheticArticle.Load().Facts);
    private readonly IFactStore store = Substitute.For<IFactStore>();

    [Fact]
    public async Task The_snapshot_is_loaded_once_and_every_check_runs_on_it()
    {
        store.LoadAsync(Arg.Any<CancellationToken>()).Returns(Snapshot);
        using var service = new ClaimCheckService(store, new SnowballStemmer());

        var results = new List<CheckResult>();
        foreach (var claim in new[] { "Zephyrine Labs was founded in 1998.", "Zephyrine Labs was founded in 2001.", "Ada Quill is the CEO of Zephyrine Labs." })
        {
            results.Add(await service.CheckAsync(claim, CancellationToken.None));
        }

        Assert.Equal([Verdict.Supported, Verdict.Contradicted, Verdict.Supported], results.Select(r => r.Verdict));
        Assert.Equal(SyntheticArticle.Engine.Check("Zephyrine Labs was founded in 2001.").Evidence?.FactId, results[1].Evidence?.FactId);
        await store.Received(1).LoadAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Racing_first_checks_load_the_snapshot_once()
    {
        var loads = 0;
        store.LoadAsync(Arg.Any<CancellationToken>()).Returns(async _ =>
        {
            Interlocked.Increment(ref loads);
            await Task.Delay(50);
            return Snapshot;
        });
        using var service = new ClaimCheckService(store, new SnowballStemmer());

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await service.CheckAsync("Zephyrine Labs was founded in 1998.", CancellationToken.None))));

        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task A_failed_load_is_not_kept_so_the_next_check_loads_again()
    {
        store.LoadAsync(Arg.Any<CancellationToken>()).Returns(
            _ => throw new IOException("store down"),
            _ => Task.FromResult(Snapshot));
        using var service = new ClaimCheckService(store, new SnowballStemmer());

        var error = await Assert.ThrowsAsync<FactsUnavailableException>(async () => await service.CheckAsync("Zephyrine Labs was founded in 1998.", CancellationToken.None));
        var result = await service.CheckAsync("Zephyrine Labs was founded in 1998.", CancellationToken.None);
        var engine = await service.LoadAsync(CancellationToken.None);

        Assert.IsType<IOException>(error.InnerException);
        Assert.Equal(Verdict.Supported, result.Verdict);
        Assert.Same(Snapshot, engine.Snapshot);
        await store.Received(2).LoadAsync(Arg.Any<CancellationToken>());
    }
}
