using FactBot.Analysis;
using FactBot.Application.Checks;
using FactBot.Application.Facts;
using FactBot.Core.Checking;
using FactBot.Core.Store;
using FactBot.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace FactBot.Application.Tests.Facts;

public sealed class FactSnapshotRefresherTests : IDisposable
{
    private const string Founding = "Zephyrine Labs was founded in 1998.";
    private static readonly FactSnapshot Full = FactSnapshot.Create(SyntheticArticle.Load().Facts);
    private static readonly FactSnapshot WithoutFounding = FactSnapshot.Create(
        SyntheticArticle.Load().Facts.Where(f => f.Id != SyntheticArticle.Engine.Check(Founding).Evidence?.FactId));

    private readonly IFactStore store = Substitute.For<IFactStore, IFactChangeStamp>();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ClaimCheckService checks;
    private readonly FactSnapshotRefresher refresher;

    public FactSnapshotRefresherTests()
    {
        checks = new ClaimCheckService(store, new SnowballStemmer());
        refresher = new FactSnapshotRefresher(store, checks, time, NullLogger<FactSnapshotRefresher>.Instance);
    }

    private IFactChangeStamp Stamps => (IFactChangeStamp)store;

    [Fact]
    public async Task An_unchanged_stamp_costs_only_the_stamp_request()
    {
        Stamps.GetStampAsync(Arg.Any<CancellationToken>()).Returns("etag-1");
        store.LoadAsync(Arg.Any<CancellationToken>()).Returns(Full);

        var results = new List<bool>();
        for (var i = 0; i < 5; i++)
        {
            results.Add(await refresher.RefreshAsync(CancellationToken.None));
        }

        Assert.All(results, Assert.True);
        await store.Received(1).LoadAsync(Arg.Any<CancellationToken>());
        await Stamps.Received(5).GetStampAsync(Arg.Any<CancellationToken>());
        Assert.Equal(Full.Version, checks.Current?.Version);
    }

    [Fact]
    public async Task A_changed_stamp_swaps_in_the_new_facts_without_a_restart()
    {
        Stamps.GetStampAsync(Arg.Any<CancellationToken>()).Returns("etag-1", "etag-2");
        store.LoadAsync(Arg.Any<CancellationToken>()).Returns(Full, WithoutFounding);
        await refresher.RefreshAsync(CancellationToken.None);
        var before = await checks.CheckAsync(Founding, CancellationToken.None);

        await refresher.RefreshAsync(CancellationToken.None);
        var after = await checks.CheckAsync(Founding, CancellationToken.None);

        Assert.Equal(Verdict.Supported, before.Verdict);
        Assert.NotEqual(Verdict.Supported, after.Verdict);
        Assert.Equal(WithoutFounding.Version, checks.Current?.Version);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_last_good_snapshot_and_says_why()
    {
        Stamps.GetStampAsync(Arg.Any<CancellationToken>()).Returns("etag-1", "etag-2");
        store.LoadAsync(Arg.Any<CancellationToken>()).Returns(Full);
        await refresher.RefreshAsync(CancellationToken.None);
        var loadedAt = refresher.State.LoadedAt;
        store.LoadAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("store down"));
        time.Advance(TimeSpan.FromSeconds(30));

        var refreshed = await refresher.RefreshAsync(CancellationToken.None);
        var check = await checks.CheckAsync(Founding, CancellationToken.None);

        Assert.False(refreshed);
        Assert.Equal(Verdict.Supported, check.Verdict);
        Assert.Equal(Full.Version, checks.Current?.Version);
        Assert.Equal(loadedAt, refresher.State.LoadedAt);
        Assert.Equal(time.GetUtcNow(), refresher.State.LastAttemptAt);
        Assert.Contains("store down", refresher.State.LastFailure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_any_snapshot_loads_a_check_says_the_facts_are_unavailable()
    {
        store.LoadAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("store down"));

        var error = await Assert.ThrowsAsync<FactsUnavailableException>(() => checks.CheckAsync(Founding, CancellationToken.None).AsTask());

        Assert.IsType<IOException>(error.InnerException);
    }

    public void Dispose()
    {
        refresher.Dispose();
        checks.Dispose();
    }
}
