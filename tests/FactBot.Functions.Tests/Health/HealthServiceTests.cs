using FactBot.Application.Facts;
using FactBot.Core.Store;
using FactBot.Functions.Contracts;
using FactBot.Functions.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace FactBot.Functions.Tests.Health;

public sealed class HealthServiceTests
{
    private readonly IStoreProbe probe = Substitute.For<IStoreProbe>();
    private readonly IFactSnapshotSource snapshots = Substitute.For<IFactSnapshotSource>();
    private readonly IFactStore store = Substitute.For<IFactStore>();
    private readonly HealthFunction function;

    public HealthServiceTests()
    {
        store.Kind.Returns("table");
        function = new HealthFunction(new HealthService(probe, snapshots, store, NullLogger<HealthService>.Instance));
    }

    [Fact]
    public async Task A_reachable_store_is_200_with_the_facts_and_their_version()
    {
        probe.IsReachableAsync(Arg.Any<CancellationToken>()).Returns(true);
        var snapshot = FactSnapshot.Create(FactBot.TestSupport.SyntheticArticle.Load().Facts);
        snapshots.GetAsync(Arg.Any<CancellationToken>()).Returns(snapshot);

        var result = Assert.IsType<JsonHttpResult<HealthResponse>>(await function.RunAsync(new DefaultHttpContext().Request, CancellationToken.None));

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(new HealthResponse("ok", "table", snapshot.Facts.Count, snapshot.Version), result.Value);
    }

    [Fact]
    public async Task An_unreachable_store_is_503_unavailable()
    {
        probe.IsReachableAsync(Arg.Any<CancellationToken>()).Returns(false);

        var result = Assert.IsType<JsonHttpResult<HealthResponse>>(await function.RunAsync(new DefaultHttpContext().Request, CancellationToken.None));

        Assert.Equal(503, result.StatusCode);
        Assert.Equal(new HealthResponse("unavailable", "table", null, null), result.Value);
        await snapshots.DidNotReceiveWithAnyArgs().GetAsync(default);
    }
}
