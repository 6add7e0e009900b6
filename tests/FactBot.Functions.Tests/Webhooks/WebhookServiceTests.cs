using System.Globalization;
using System.Text;
using System.Text.Json;
using FactBot.Application.Checks;
using FactBot.Application.Webhooks;
using FactBot.Core.Checking;
using FactBot.Core.Facts;
using FactBot.Functions.Http;
using FactBot.Functions.Routing;
using FactBot.Functions.Webhooks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace FactBot.Functions.Tests.Webhooks;

public sealed class WebhookServiceTests
{
    private const string Id = "msg_2b7Tz0Yh";
    private const string Claim = "OpenAI was founded in 2015.";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly IClaimCheckService checker = Substitute.For<IClaimCheckService>();
    private readonly IClaimLog log = Substitute.For<IClaimLog>();
    private readonly IWebhookDeliveryStore deliveries = Substitute.For<IWebhookDeliveryStore>();
    private readonly WebhookService service;

    public WebhookServiceTests()
    {
        var time = new FakeTimeProvider(Now);
        service = new WebhookService(
            new WebhookSignatureVerifier(Options.Create(new WebhookOptions { Secret = ApiHostFactory.Secret }), time),
            new JsonRequestBinder<WebhookClaimRequest>(new WebhookClaimRequestValidator(), NullLogger<JsonRequestBinder<WebhookClaimRequest>>.Instance),
            new ClaimCheckRecorder(checker, log, time, NullLogger<ClaimCheckRecorder>.Instance),
            log,
            deliveries,
            new Limits.CallerRateLimiter(Options.Create(new Limits.CallerRateLimitOptions()), ApiRouteTable.Discover()),
            ApiRouteTable.Discover(),
            time,
            NullLogger<WebhookService>.Instance);
        checker.CheckAsync(Claim, Arg.Any<CancellationToken>())
            .Returns(new CheckResult(Claim, Verdict.Unknown, 0.5, null, "No record says.", Language.English, []));
        log.TryAddAsync(Arg.Any<CheckRecord>(), Arg.Any<CancellationToken>()).Returns(true);
        deliveries.TryAddAsync(Arg.Any<WebhookDelivery>(), Arg.Any<CancellationToken>()).Returns(true);
    }

    private static WebhookMessage Signed(string body = $$"""{"claim": "{{Claim}}"}""")
    {
        var timestamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new WebhookMessage(Id, timestamp, [ApiHostFactory.Sign(Id, timestamp, body)], Encoding.UTF8.GetBytes(body));
    }

    [Fact]
    public async Task A_first_delivery_is_checked_under_an_id_derived_from_the_webhook_id_and_recorded_with_its_response()
    {
        var outcome = await service.ReceiveAsync(Signed(), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        using var body = JsonDocument.Parse(outcome.Value);
        var checkId = WebhookService.CheckIdFor(Id);
        Assert.Matches("^[0-9a-f]{32}$", checkId);
        Assert.Equal(checkId, body.RootElement.GetProperty("id").GetString());
        Assert.True(body.RootElement.GetProperty("recorded").GetBoolean());
        await log.Received(1).TryAddAsync(Arg.Is<CheckRecord>(r => r.Id == checkId && r.Channel == "webhook" && r.Claim == Claim), Arg.Any<CancellationToken>());
        await deliveries.Received(1).TryAddAsync(
            Arg.Is<WebhookDelivery>(d => d.WebhookId == Id && d.CheckId == checkId && d.ResponseJson == outcome.Value && d.ReceivedAt == Now),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_redelivery_returns_the_stored_response_verbatim_and_records_nothing()
    {
        deliveries.FindAsync(Id, Arg.Any<CancellationToken>()).Returns(new WebhookDelivery(Id, "c1", """{"id":"c1","original":true}""", Now));

        var outcome = await service.ReceiveAsync(Signed(), CancellationToken.None);

        Assert.Equal("""{"id":"c1","original":true}""", outcome.Value);
        await checker.DidNotReceiveWithAnyArgs().CheckAsync(default!, default);
        await log.DidNotReceiveWithAnyArgs().TryAddAsync(default!, default);
        await deliveries.DidNotReceiveWithAnyArgs().TryAddAsync(default!, default);
    }

    [Fact]
    public async Task Copies_of_one_delivery_arriving_together_share_the_first_ones_work_and_answer()
    {
        // Arrange: the first copy's store lookup is held open while two more copies arrive.
        var lookup = new TaskCompletionSource<WebhookDelivery?>(TaskCreationOptions.RunContinuationsAsynchronously);
        deliveries.FindAsync(Id, Arg.Any<CancellationToken>()).Returns(lookup.Task);

        // Act
        var first = service.ReceiveAsync(Signed(), CancellationToken.None);
        var copies = new[] { service.ReceiveAsync(Signed(), CancellationToken.None), service.ReceiveAsync(Signed(), CancellationToken.None) };
        lookup.SetResult(null);
        var answers = await Task.WhenAll(copies.Prepend(first));

        // Assert: one lookup, one check, one of each insert, and the same answer three times.
        Assert.All(answers, a => Assert.Equal(answers[0].Value, a.Value));
        await deliveries.ReceivedWithAnyArgs(1).FindAsync(default!, default);
        await checker.ReceivedWithAnyArgs(1).CheckAsync(default!, default);
        await log.ReceivedWithAnyArgs(1).TryAddAsync(default!, default);
        await deliveries.ReceivedWithAnyArgs(1).TryAddAsync(default!, default);
    }

    [Fact]
    public async Task Losing_the_insert_race_returns_the_first_deliverys_response()
    {
        deliveries.FindAsync(Id, Arg.Any<CancellationToken>()).Returns(null, new WebhookDelivery(Id, "c1", """{"first":true}""", Now));
        deliveries.TryAddAsync(Arg.Any<WebhookDelivery>(), Arg.Any<CancellationToken>()).Returns(false);
        log.TryAddAsync(Arg.Any<CheckRecord>(), Arg.Any<CancellationToken>()).Returns(false);

        var outcome = await service.ReceiveAsync(Signed(), CancellationToken.None);

        Assert.Equal("""{"first":true}""", outcome.Value);
    }

    [Fact]
    public async Task A_claim_log_failure_is_a_503_with_retry_after_and_no_delivery_is_stored()
    {
        log.TryAddAsync(Arg.Any<CheckRecord>(), Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("table down"));

        var outcome = await service.ReceiveAsync(Signed(), CancellationToken.None);

        Assert.Equal(503, outcome.Problem?.Status);
        Assert.Equal(5, outcome.Problem?.RetryAfterSeconds);
        await deliveries.DidNotReceiveWithAnyArgs().TryAddAsync(default!, default);
    }

    [Fact]
    public async Task A_delivery_store_failure_is_a_503_with_retry_after()
    {
        deliveries.TryAddAsync(Arg.Any<WebhookDelivery>(), Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("table down"));

        var outcome = await service.ReceiveAsync(Signed(), CancellationToken.None);

        Assert.Equal(503, outcome.Problem?.Status);
        Assert.Equal(5, outcome.Problem?.RetryAfterSeconds);
    }

    [Fact]
    public async Task A_lookup_failure_is_a_503_before_any_check()
    {
        deliveries.FindAsync(Id, Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("table down"));

        var outcome = await service.ReceiveAsync(Signed(), CancellationToken.None);

        Assert.Equal(503, outcome.Problem?.Status);
        await checker.DidNotReceiveWithAnyArgs().CheckAsync(default!, default);
    }

    [Fact]
    public async Task An_unsigned_delivery_is_refused_before_its_json_is_read()
    {
        var message = Signed() with { Body = Encoding.UTF8.GetBytes("{not json") };

        var outcome = await service.ReceiveAsync(message, CancellationToken.None);

        Assert.Equal("Invalid webhook signature", outcome.Problem?.Title);
        await deliveries.DidNotReceiveWithAnyArgs().FindAsync(default!, default);
    }

    [Theory]
    [InlineData("{not json", "Malformed JSON")]
    [InlineData("""{"claim": "   "}""", "Blank claim")]
    [InlineData("""{"claim": "x", "metadata": [1]}""", "Invalid metadata")]
    [InlineData("""{"claim": "a\u202Eb"}""", "Forbidden character in claim")]
    public async Task A_signed_but_invalid_body_is_a_400_and_stores_nothing(string body, string title)
    {
        var outcome = await service.ReceiveAsync(Signed(body), CancellationToken.None);

        Assert.Equal(400, outcome.Problem?.Status);
        Assert.Equal(title, outcome.Problem?.Title);
        await log.DidNotReceiveWithAnyArgs().TryAddAsync(default!, default);
        await deliveries.DidNotReceiveWithAnyArgs().TryAddAsync(default!, default);
    }

    [Fact]
    public async Task Metadata_over_4_KiB_is_refused()
    {
        var body = $$$"""{"claim": "{{{Claim}}}", "metadata": {"note": "{{{new string('x', 4100)}}}"}}""";

        var outcome = await service.ReceiveAsync(Signed(body), CancellationToken.None);

        Assert.Equal("Metadata too large", outcome.Problem?.Title);
    }
}
