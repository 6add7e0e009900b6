using FactBot.Application.Checks;
using FactBot.Core.Checking;
using FactBot.Core.Facts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace FactBot.Application.Tests.Checks;

public sealed class ClaimCheckRecorderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly IClaimCheckService checker = Substitute.For<IClaimCheckService>();
    private readonly IClaimLog log = Substitute.For<IClaimLog>();
    private readonly ClaimCheckRecorder recorder;

    public ClaimCheckRecorderTests()
    {
        recorder = new ClaimCheckRecorder(checker, log, new FakeTimeProvider(Now), NullLogger<ClaimCheckRecorder>.Instance);
        checker.CheckAsync(Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(call => new CheckResult(call.Arg<string>(), Verdict.Unknown, 0.5, null, "No record says.", Language.English, []));
        log.TryAddWithoutRetryAsync(Arg.Any<CheckRecord>(), Arg.Any<CancellationToken>()).Returns(true);
    }

    [Fact]
    public async Task A_batch_is_answered_in_input_order_and_a_claim_the_log_refuses_is_only_marked_unrecorded()
    {
        log.TryAddWithoutRetryAsync(Arg.Is<CheckRecord>(r => r.Claim == "second"), Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("table down"));

        var checks = await recorder.CheckAndRecordAllAsync(["first", "second", "third"], ClaimCheckRecorder.BatchChannel, CancellationToken.None);

        Assert.Equal(["first", "second", "third"], checks.Select(c => c.Result.Claim));
        Assert.Equal([true, false, true], checks.Select(c => c.Recorded));
        Assert.All(checks, c => Assert.Equal(("batch", Now), (c.Record.Channel, c.Record.CheckedAt)));
        Assert.Equal(3, checks.Select(c => c.Record.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_check_under_a_given_id_is_not_recorded()
    {
        var check = await recorder.CheckAsync("A claim.", ClaimCheckRecorder.WebhookChannel, "given-id", CancellationToken.None);

        Assert.Equal("given-id", check.Record.Id);
        Assert.False(check.Recorded);
        await log.DidNotReceiveWithAnyArgs().TryAddWithoutRetryAsync(default!, default);
    }

    [Fact]
    public async Task A_claims_origin_is_recorded_with_its_check_and_an_empty_one_is_not()
    {
        var origin = new ClaimOrigin("A. Blogger", ClaimOrigin.Person, "2024-05-01", "https://example.org/posts/1");

        var given = await recorder.CheckAndRecordAsync("A claim.", origin, ClaimCheckRecorder.ApiChannel, CancellationToken.None);
        var empty = await recorder.CheckAndRecordAsync("Another claim.", new ClaimOrigin(null, null, null, null), ClaimCheckRecorder.ApiChannel, CancellationToken.None);

        Assert.Equal(origin, given.Record.Origin);
        Assert.Null(empty.Record.Origin);
        await log.Received(1).TryAddWithoutRetryAsync(Arg.Is<CheckRecord>(r => r.Id == given.Record.Id && r.Origin == origin && r.Explanation == "No record says."), Arg.Any<CancellationToken>());
    }
}
