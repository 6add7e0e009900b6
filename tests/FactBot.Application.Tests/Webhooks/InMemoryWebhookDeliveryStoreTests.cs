using FactBot.Application.Webhooks;

namespace FactBot.Application.Tests.Webhooks;

public sealed class InMemoryWebhookDeliveryStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Of_racing_deliveries_of_one_webhook_id_exactly_one_is_kept_and_every_reader_gets_it()
    {
        var store = new InMemoryWebhookDeliveryStore();
        var deliveries = Enumerable.Range(0, 20).Select(i => new WebhookDelivery("msg_1", $"check-{i}", $"{{\"n\":{i}}}", Now)).ToArray();

        var added = await Task.WhenAll(deliveries.Select(d => Task.Run(() => store.TryAddAsync(d, CancellationToken.None))));
        var kept = await store.FindAsync("msg_1", CancellationToken.None);

        Assert.Single(added, a => a);
        Assert.Equal(deliveries[Array.IndexOf(added, true)], kept);
        Assert.Null(await store.FindAsync("msg_2", CancellationToken.None));
    }
}
