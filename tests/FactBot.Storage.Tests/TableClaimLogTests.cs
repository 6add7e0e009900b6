using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using FactBot.Application.Checks;
using FactBot.Storage.Resilience;
using FactBot.Storage.Tables;
using FactBot.TestSupport.Azurite;

namespace FactBot.Storage.Tests;

[Collection(AzuriteTests.Name)]
public sealed class TableClaimLogTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset CheckedAt = new DateTimeOffset(2025, 3, 14, 9, 26, 53, 589, TimeSpan.FromHours(2)).AddTicks(7);

    private readonly TableTestContext context = new(azurite);

    [Theory]
    [InlineData("fact-42")]
    [InlineData(null)]
    public async Task TryAddAsync_NewCheck_FindAsyncReturnsEveryField(string? factId)
    {
        // Arrange
        var (log, _) = Create();
        var check = Check("check-1") with { FactId = factId };

        // Act
        var added = await log.TryAddAsync(check, CancellationToken.None);
        var found = await log.FindAsync("check-1", CancellationToken.None);

        // Assert
        Assert.True(added);
        Assert.Equal(check, found);
        Assert.Equal(CheckedAt.UtcTicks, found!.CheckedAt.UtcTicks);
    }

    [Theory]
    [InlineData("A. Blogger", "Person", "2024-05-01", "https://example.org/posts/1")]
    [InlineData(null, null, "2024-05-01T09:30:00Z", null)]
    [InlineData(null, null, null, "https://example.org/posts/2")]
    public async Task TryAddAsync_CheckWithExplanationAndOrigin_FindAsyncReturnsThemUnchanged(string? author, string? authorType, string? date, string? appearance)
    {
        // Arrange
        var (log, _) = Create();
        var check = Check("check-1") with { Explanation = "The article says otherwise.", Origin = new ClaimOrigin(author, authorType, date, appearance) };

        // Act
        await log.TryAddAsync(check, CancellationToken.None);
        var found = await log.FindAsync("check-1", CancellationToken.None);

        // Assert
        Assert.Equal(check, found);
    }

    [Fact]
    public async Task TryAddAsync_NewCheck_WritesOneRowKeyedByTheCheckId()
    {
        // Arrange
        var (log, table) = Create();

        // Act
        await log.TryAddAsync(Check("check-1"), CancellationToken.None);

        // Assert
        var row = Assert.Single(await context.ReadRowsAsync(table)).Value;
        Assert.Equal("check-1", row.PartitionKey);
        Assert.Equal(CheckEntity.Row, row.RowKey);
        Assert.Equal("Acme was founded in 1999.", row.GetString(CheckEntity.Claim));
        Assert.Equal(0.87, row.GetDouble(CheckEntity.Confidence));
    }

    [Fact]
    public async Task TryAddAsync_ChatCheck_KeepsTheSpaceAndUserColumnsAndAnApiCheckHasNone()
    {
        // Arrange
        var (log, table) = Create();
        var chat = Check("check-chat") with { Channel = "telegram", SpaceId = "-1001234567890", UserId = "424242" };

        // Act
        await log.TryAddAsync(chat, CancellationToken.None);
        await log.TryAddAsync(Check("check-api"), CancellationToken.None);
        var found = await log.FindAsync("check-chat", CancellationToken.None);

        // Assert
        Assert.Equal(chat, found);
        var rows = (await context.ReadRowsAsync(table)).Select(r => r.Value).ToDictionary(r => r.PartitionKey);
        Assert.Equal("-1001234567890", rows["check-chat"].GetString(CheckEntity.SpaceId));
        Assert.Equal("424242", rows["check-chat"].GetString(CheckEntity.UserId));
        Assert.False(rows["check-api"].ContainsKey(CheckEntity.SpaceId));
        Assert.False(rows["check-api"].ContainsKey(CheckEntity.UserId));
    }

    [Fact]
    public async Task TryAddAsync_SameIdTwice_SecondReturnsFalseAndLeavesTheRowUnchanged()
    {
        // Arrange
        var (log, table) = Create();
        var first = Check("check-1");
        await log.TryAddAsync(first, CancellationToken.None);
        var before = Assert.Single(await context.ReadRowsAsync(table)).Value;

        // Act
        var added = await log.TryAddAsync(first with { Verdict = "false", Claim = "Something else." }, CancellationToken.None);

        // Assert
        Assert.False(added);
        var after = Assert.Single(await context.ReadRowsAsync(table)).Value;
        Assert.Equal(before.ETag, after.ETag);
        Assert.Equal(first, await log.FindAsync("check-1", CancellationToken.None));
    }

    [Fact]
    public async Task TryAddAsync_TwentyConcurrentCallsWithOneId_ExactlyOneWinsAndItsRowIsKept()
    {
        // Arrange: the table already exists, so the calls race on the row, not on creating the table.
        var (log, table) = Create();
        await log.FindAsync("warm-up", CancellationToken.None);
        var checks = Enumerable.Range(0, 20).Select(i => Check("raced") with { Claim = $"Claim {i}" }).ToList();

        // Act
        var results = await Task.WhenAll(checks.Select(c => log.TryAddAsync(c, CancellationToken.None)));

        // Assert
        Assert.Single(results, r => r);
        Assert.Single(await context.ReadRowsAsync(table));
        Assert.Equal(checks[Array.IndexOf(results, true)], await log.FindAsync("raced", CancellationToken.None));
    }

    [Fact]
    public async Task TryAddAsync_ConcurrentFirstUse_CreatesTheTableOnceAndStoresEveryCheck()
    {
        // Arrange
        var (log, table) = Create();

        // Act
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => log.TryAddAsync(Check($"check-{i}"), CancellationToken.None)));

        // Assert
        Assert.All(results, Assert.True);
        Assert.Equal(10, (await context.ReadRowsAsync(table)).Count);
    }

    [Fact]
    public async Task TryAddAsync_ResponseOfTheWriteLost_RetryRecognisesItsOwnRowAndReturnsTrue()
    {
        // Arrange: the first insert reaches Azurite, then its response is "lost"; the pipeline retries and gets 409.
        var options = TableClientOptionsFactory.Create();
        var loseOne = new LoseFirstInsertResponse();
        options.AddPolicy(loseOne, HttpPipelinePosition.PerCall);
        var table = new TableServiceClient(azurite.ConnectionString, options).GetTableClient(AzuriteFixture.CreateTableName());
        var log = new TableClaimLog(context.Ensured(table), context.Pipeline);
        var check = Check("check-1");

        // Act
        var added = await log.TryAddAsync(check, CancellationToken.None);

        // Assert
        Assert.True(loseOne.Lost);
        Assert.True(added);
        Assert.Equal(check, await log.FindAsync("check-1", CancellationToken.None));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("a/b")]
    [InlineData("a#b?c")]
    public async Task FindAsync_UnknownOrImpossibleId_ReturnsNull(string id)
    {
        // Arrange
        var (log, _) = Create();
        await log.TryAddAsync(Check("check-1"), CancellationToken.None);

        // Act
        var found = await log.FindAsync(id, CancellationToken.None);

        // Assert
        Assert.Null(found);
    }

    [Fact]
    public async Task TryAddAsync_IdAzureWouldReject_ThrowsBeforeCreatingTheTable()
    {
        // Arrange
        var (log, table) = Create();

        // Act
        var error = await Assert.ThrowsAsync<TableLimitExceededException>(() => log.TryAddAsync(Check("a/b"), CancellationToken.None));

        // Assert
        Assert.Contains("PartitionKey", error.Message, StringComparison.Ordinal);
        Assert.False(await context.TableExistsAsync(table));
    }

    private (TableClaimLog Log, TableClient Table) Create()
    {
        var table = context.NewTable();
        return (new TableClaimLog(context.Ensured(table), context.Pipeline), table);
    }

    private static CheckRecord Check(string id) => new(id, "Acme was founded in 1999.", "en", "true", 0.87, "fact-42", "api", CheckedAt);

    /// <summary>Lets the first entity insert reach the service, then throws as if the connection dropped before the response.</summary>
    private sealed class LoseFirstInsertResponse : HttpPipelinePolicy
    {
        private int lost;

        public bool Lost => lost == 1;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => throw new NotSupportedException();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            var insertsEntity = message.Request.Method == RequestMethod.Post && !message.Request.Uri.Path.EndsWith("/Tables", StringComparison.OrdinalIgnoreCase);
            if (insertsEntity && (message.Response.Status is 201 or 204) && Interlocked.CompareExchange(ref lost, 1, 0) == 0)
            {
                throw new IOException("Connection reset before the response was read.");
            }
        }
    }
}
