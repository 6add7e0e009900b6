using Azure.Data.Tables;
using FactBot.Application.Webhooks;
using FactBot.Storage.Tables;
using FactBot.TestSupport.Azurite;

namespace FactBot.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class TableWebhookDeliveryStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset ReceivedAt = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero);

    // Every character Azure forbids in keys (/ \ # ? and a control character), 300 characters long.
    private static readonly string AwkwardId = ("msg/2025#part?x=1\\y\t" + new string('w', 300))[..300];

    private readonly TableTestContext context = new(azurite);

    [Fact]
    public async Task TryAddAsync_IdWithForbiddenKeyCharactersAnd300Chars_FindAsyncReturnsTheDelivery()
    {
        // Arrange
        var (store, table) = Create();
        var delivery = new WebhookDelivery(AwkwardId, "check-1", Json(16 * 1024), ReceivedAt);

        // Act
        var added = await store.TryAddAsync(delivery, CancellationToken.None);
        var found = await store.FindAsync(AwkwardId, CancellationToken.None);

        // Assert
        Assert.True(added);
        Assert.Equal(delivery, found);
        var row = Assert.Single(await context.ReadRowsAsync(table)).Value;
        Assert.Matches("^[0-9a-f]{64}$", row.PartitionKey);
        Assert.Equal(WebhookDeliveryEntity.Row, row.RowKey);
        Assert.Equal(AwkwardId, row.GetString(WebhookDeliveryEntity.WebhookId));
    }

    [Fact]
    public async Task FindAsync_UnknownId_ReturnsNull()
    {
        // Arrange
        var (store, _) = Create();
        await store.TryAddAsync(new WebhookDelivery("known", "check-1", "{}", ReceivedAt), CancellationToken.None);

        // Act
        var found = await store.FindAsync("unknown/#?", CancellationToken.None);

        // Assert
        Assert.Null(found);
    }

    [Fact]
    public async Task TryAddAsync_TwentyConcurrentDeliveriesWithOneId_ExactlyOneWinsAndItsResponseIsKept()
    {
        // Arrange
        var (store, table) = Create();
        await store.FindAsync("warm-up", CancellationToken.None);
        var deliveries = Enumerable.Range(0, 20).Select(i => new WebhookDelivery(AwkwardId, $"check-{i}", $"{{\"n\":{i}}}", ReceivedAt)).ToList();

        // Act
        var results = await Task.WhenAll(deliveries.Select(d => store.TryAddAsync(d, CancellationToken.None)));

        // Assert
        Assert.Single(results, r => r);
        Assert.Single(await context.ReadRowsAsync(table));
        Assert.Equal(deliveries[Array.IndexOf(results, true)], await store.FindAsync(AwkwardId, CancellationToken.None));
    }

    [Fact]
    public async Task TryAddAsync_ResponseOfExactlyTheLimit_IsStored()
    {
        // Arrange
        var (store, _) = Create();
        var delivery = new WebhookDelivery("at-limit", "check-1", Json(TableEntityLimits.MaxStringChars), ReceivedAt);

        // Act
        var added = await store.TryAddAsync(delivery, CancellationToken.None);

        // Assert
        Assert.True(added);
        Assert.Equal(delivery, await store.FindAsync("at-limit", CancellationToken.None));
    }

    [Fact]
    public async Task TryAddAsync_ResponseOverTheLimit_ThrowsNamingTheDeliveryBeforeAnyWrite()
    {
        // Arrange
        var (store, table) = Create();
        var delivery = new WebhookDelivery("too-big", "check-1", Json(TableEntityLimits.MaxStringChars + 1), ReceivedAt);

        // Act
        var error = await Assert.ThrowsAsync<TableLimitExceededException>(() => store.TryAddAsync(delivery, CancellationToken.None));

        // Assert
        Assert.Contains("response body", error.Message, StringComparison.Ordinal);
        Assert.Contains("'too-big'", error.Message, StringComparison.Ordinal);
        Assert.Contains(TableEntityLimits.MaxStringChars.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.False(await context.TableExistsAsync(table));
    }

    private (TableWebhookDeliveryStore Store, TableClient Table) Create()
    {
        var table = context.NewTable();
        return (new TableWebhookDeliveryStore(context.Ensured(table), context.Pipeline), table);
    }

    /// <summary>A JSON object of exactly <paramref name="length"/> characters.</summary>
    private static string Json(int length) => "{\"a\":\"" + new string('x', length - 8) + "\"}";
}
