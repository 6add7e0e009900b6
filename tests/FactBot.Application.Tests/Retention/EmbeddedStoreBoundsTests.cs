using FactBot.Application.Checks;
using FactBot.Application.Feedback;
using FactBot.Application.Retention;
using FactBot.Application.Webhooks;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace FactBot.Application.Tests.Retention;

[Collection(MemoryMeasurements.Name)]
public sealed class EmbeddedStoreBoundsTests(ITestOutputHelper output)
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_claim_log_keeps_at_most_its_limit_evicting_the_oldest_first()
    {
        var log = new InMemoryClaimLog(new RetentionLimits(100, TimeSpan.FromDays(1)), time);

        for (var i = 0; i < 1_000; i++)
        {
            await log.TryAddAsync(Check($"c{i}", "OpenAI was founded in 2015."), CancellationToken.None);
            Assert.True(log.Count <= 100);
        }

        Assert.Equal(100, log.Count);
        Assert.Null(await log.FindAsync("c899", CancellationToken.None));
        Assert.NotNull(await log.FindAsync("c900", CancellationToken.None));
        Assert.NotNull(await log.FindAsync("c999", CancellationToken.None));
    }

    [Fact]
    public async Task A_check_older_than_the_retention_is_gone()
    {
        var log = new InMemoryClaimLog(new RetentionLimits(100, TimeSpan.FromHours(1)), time);
        await log.TryAddAsync(Check("old", "x"), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(59));
        await log.TryAddAsync(Check("young", "x"), CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(await log.FindAsync("old", CancellationToken.None));
        Assert.NotNull(await log.FindAsync("young", CancellationToken.None));
        Assert.Equal(1, log.Count);
    }

    [Fact]
    public async Task Feedback_keeps_at_most_its_limit()
    {
        var store = new InMemoryFeedbackStore(new RetentionLimits(10, TimeSpan.FromDays(1)), time);

        for (var i = 0; i < 25; i++)
        {
            await store.AddAsync(new FeedbackRecord("c1", $"f{i}", true, null, null, time.GetUtcNow()), CancellationToken.None);
        }

        Assert.Equal(10, store.Count);
        Assert.Equal(Enumerable.Range(15, 10).Select(i => $"f{i}"), (await store.ListAsync("c1", CancellationToken.None)).Select(f => f.Id));
    }

    [Fact]
    public async Task A_full_delivery_store_refuses_new_deliveries_and_never_forgets_one_within_its_retention()
    {
        var store = new InMemoryWebhookDeliveryStore(new RetentionLimits(3, TimeSpan.FromHours(2)), time);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await store.TryAddAsync(Delivery($"msg_{i}"), CancellationToken.None));
            time.Advance(TimeSpan.FromMinutes(10));
        }

        await Assert.ThrowsAsync<StoreFullException>(() => store.TryAddAsync(Delivery("msg_3"), CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(89));
        Assert.NotNull(await store.FindAsync("msg_0", CancellationToken.None));
        Assert.False(await store.TryAddAsync(Delivery("msg_0"), CancellationToken.None));

        time.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(await store.FindAsync("msg_0", CancellationToken.None));
        Assert.True(await store.TryAddAsync(Delivery("msg_3"), CancellationToken.None));
        Assert.Equal(3, store.Count);
    }

    [Theory]
    [InlineData("short", 40, 1_024)]
    [InlineData("long", 1_000, 3_072)]
    public async Task Memory_per_kept_check_is_reported_and_stays_under_its_ceiling(string kind, int claimLength, int ceilingBytes)
    {
        const int Entries = 10_000;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var log = new InMemoryClaimLog(new RetentionLimits(Entries, TimeSpan.FromDays(1)), time);

        // Everything a kept check holds is allocated here: its id, claim and record, and the log's index and order.
        for (var i = 0; i < Entries; i++)
        {
            var claim = string.Create(claimLength, i, (span, n) => { span.Fill('x'); n.TryFormat(span, out _, "D6", System.Globalization.CultureInfo.InvariantCulture); });
            await log.TryAddAsync(Check(Guid.CreateVersion7().ToString("N"), claim, "openai-founded-2015"), CancellationToken.None);
        }

        var perEntry = (GC.GetTotalMemory(forceFullCollection: true) - before) / Entries;
        output.WriteLine($"{kind} check ({claimLength} characters): {perEntry} bytes per kept check; {Entries:N0} checks: {perEntry * Entries / 1024.0 / 1024.0:F1} MiB");
        Assert.Equal(Entries, log.Count);
        Assert.InRange(perEntry, 1, ceilingBytes);
    }

    private CheckRecord Check(string id, string claim, string? factId = null) => new(id, claim, "en", "supported", 0.9, factId, "api", time.GetUtcNow());

    private WebhookDelivery Delivery(string id) => new(id, "check", "{}", time.GetUtcNow());
}
