using FactBot.Application.Checks;

namespace FactBot.Application.Tests.Checks;

public sealed class InMemoryClaimLogTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Recording_an_id_twice_keeps_the_first_check()
    {
        var log = new InMemoryClaimLog();
        var first = Check("c1", "supported");

        var added = await log.TryAddAsync(first, CancellationToken.None);
        var again = await log.TryAddAsync(Check("c1", "contradicted"), CancellationToken.None);

        Assert.True(added);
        Assert.False(again);
        Assert.Equal(first, await log.FindAsync("c1", CancellationToken.None));
    }

    [Fact]
    public async Task An_id_never_recorded_is_not_found()
    {
        var log = new InMemoryClaimLog();
        await log.TryAddAsync(Check("c1", "supported"), CancellationToken.None);

        Assert.Null(await log.FindAsync("C1", CancellationToken.None));
    }

    private static CheckRecord Check(string id, string verdict) => new(id, "A claim.", "en", verdict, 0.9, null, "api", Now);
}
