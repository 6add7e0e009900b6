using FactBot.Application.Feedback;

namespace FactBot.Application.Tests.Feedback;

public sealed class InMemoryFeedbackStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Feedback_on_a_check_is_listed_in_arrival_order_and_apart_from_other_checks()
    {
        var store = new InMemoryFeedbackStore();

        await store.AddAsync(Feedback("c1", "f2", Now), CancellationToken.None);
        await store.AddAsync(Feedback("c2", "f9", Now), CancellationToken.None);
        await store.AddAsync(Feedback("c1", "f1", Now.AddSeconds(1)), CancellationToken.None);

        Assert.Equal(["f2", "f1"], (await store.ListAsync("c1", CancellationToken.None)).Select(f => f.Id));
        Assert.Equal(["f9"], (await store.ListAsync("c2", CancellationToken.None)).Select(f => f.Id));
        Assert.Empty(await store.ListAsync("c3", CancellationToken.None));
    }

    private static FeedbackRecord Feedback(string checkId, string id, DateTimeOffset at) => new(checkId, id, true, null, null, at);
}
