using Azure.Data.Tables;
using FactBot.Application.Feedback;
using FactBot.Storage.Tables;
using FactBot.TestSupport.Azurite;

namespace FactBot.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class TableFeedbackStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Noon = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero);

    private readonly TableTestContext context = new(azurite);

    [Fact]
    public async Task ListAsync_TwoFeedbacksOnOneCheck_ReturnsBothInArrivalOrderWithEveryField()
    {
        // Arrange: row-key order ("a-…" before "z-…") is the reverse of arrival order.
        var (store, _) = Create();
        var first = new FeedbackRecord("check-1", "z-first", false, "false", "The year is wrong.", Noon);
        var second = new FeedbackRecord("check-1", "a-second", true, null, null, Noon.AddMinutes(5));
        var elsewhere = new FeedbackRecord("check-2", "other", true, null, "Right.", Noon);
        await store.AddAsync(first, CancellationToken.None);
        await store.AddAsync(second, CancellationToken.None);
        await store.AddAsync(elsewhere, CancellationToken.None);

        // Act
        var listed = await store.ListAsync("check-1", CancellationToken.None);

        // Assert
        Assert.Equal([first, second], listed);
    }

    [Fact]
    public async Task ListAsync_CheckWithoutFeedback_ReturnsEmpty()
    {
        // Arrange
        var (store, _) = Create();
        await store.AddAsync(new FeedbackRecord("check-1", "f-1", true, null, null, Noon), CancellationToken.None);

        // Act
        var listed = await store.ListAsync("check-2", CancellationToken.None);

        // Assert
        Assert.Empty(listed);
    }

    [Fact]
    public async Task ListAsync_CheckIdThatLooksLikeAFilter_MatchesNothing()
    {
        // Arrange: concatenated into the filter, this id would match every partition.
        var (store, _) = Create();
        await store.AddAsync(new FeedbackRecord("check-1", "f-1", true, null, null, Noon), CancellationToken.None);

        // Act
        var listed = await store.ListAsync("x' or PartitionKey ne 'x", CancellationToken.None);

        // Assert
        Assert.Empty(listed);
    }

    [Fact]
    public async Task AddAsync_CommentAzureWouldReject_ThrowsBeforeAnyWrite()
    {
        // Arrange
        var (store, table) = Create();
        var huge = new FeedbackRecord("check-1", "f-1", false, null, new string('x', TableEntityLimits.MaxStringChars + 1), Noon);

        // Act
        var error = await Assert.ThrowsAsync<TableLimitExceededException>(() => store.AddAsync(huge, CancellationToken.None));

        // Assert
        Assert.Contains("'Comment'", error.Message, StringComparison.Ordinal);
        Assert.False(await context.TableExistsAsync(table));
    }

    private (TableFeedbackStore Store, TableClient Table) Create()
    {
        var table = context.NewTable();
        return (new TableFeedbackStore(context.Ensured(table), context.Pipeline), table);
    }
}
