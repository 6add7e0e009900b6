using System.Globalization;
using System.Text;
using FactBot.Functions.Webhooks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Functions.Tests.Webhooks;

public sealed class WebhookSignatureVerifierTests
{
    private const string Id = "msg_2b7Tz0Yh";
    private const string Body = """{"claim": "OpenAI was founded in 2015."}""";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Now);
    private readonly WebhookSignatureVerifier verifier;

    public WebhookSignatureVerifierTests() =>
        verifier = new WebhookSignatureVerifier(Options.Create(new WebhookOptions { Secret = ApiHostFactory.Secret }), time);

    private static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static WebhookMessage Message(string? signature, string body = Body, string? timestamp = null, string? id = Id) =>
        new(id, timestamp ?? Timestamp(Now), signature is null ? [] : [signature], Encoding.UTF8.GetBytes(body));

    [Fact]
    public void A_valid_signature_is_accepted()
    {
        var problem = verifier.Verify(Message(ApiHostFactory.Sign(Id, Timestamp(Now), Body)));

        Assert.Null(problem);
    }

    [Fact]
    public void The_signature_matches_the_standard_webhooks_reference_vector()
    {
        // From the Standard Webhooks reference libraries' tests.
        var reference = new WebhookSignatureVerifier(
            Options.Create(new WebhookOptions { Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }),
            new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1614265330)));
        var message = new WebhookMessage(
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "1614265330",
            ["v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="],
            Encoding.UTF8.GetBytes("""{"test": 2432232314}"""));

        Assert.Null(reference.Verify(message));
    }

    [Fact]
    public void A_tampered_body_is_refused()
    {
        var signature = ApiHostFactory.Sign(Id, Timestamp(Now), Body);

        var problem = verifier.Verify(Message(signature, Body.Replace("2015", "2017", StringComparison.Ordinal)));

        Assert.Equal(401, problem?.Status);
        Assert.Equal("Invalid webhook signature", problem?.Title);
    }

    [Fact]
    public void A_signature_made_with_another_secret_is_refused()
    {
        var signature = ApiHostFactory.Sign(Id, Timestamp(Now), Body, key: Encoding.UTF8.GetBytes("some other secret of 24b"));

        Assert.Equal("Invalid webhook signature", verifier.Verify(Message(signature))?.Title);
    }

    [Fact]
    public void A_signature_over_another_webhook_id_is_refused()
    {
        var signature = ApiHostFactory.Sign("msg_other", Timestamp(Now), Body);

        Assert.Equal("Invalid webhook signature", verifier.Verify(Message(signature))?.Title);
    }

    [Theory]
    [InlineData(-301, "in the past")]
    [InlineData(301, "in the future")]
    [InlineData(-86_400, "in the past")]
    public void Timestamps_more_than_300_seconds_from_now_are_refused_even_when_signed(int offsetSeconds, string direction)
    {
        var timestamp = Timestamp(Now.AddSeconds(offsetSeconds));

        var problem = verifier.Verify(Message(ApiHostFactory.Sign(Id, timestamp, Body), timestamp: timestamp));

        Assert.Equal(401, problem?.Status);
        Assert.Equal("Webhook timestamp out of range", problem?.Title);
        Assert.Contains(direction, problem?.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Timestamps_within_300_seconds_are_accepted(int offsetSeconds)
    {
        var timestamp = Timestamp(Now.AddSeconds(offsetSeconds));

        Assert.Null(verifier.Verify(Message(ApiHostFactory.Sign(Id, timestamp, Body), timestamp: timestamp)));
    }

    [Fact]
    public void With_a_rotated_secret_one_valid_entry_among_several_is_enough()
    {
        var old = ApiHostFactory.Sign(Id, Timestamp(Now), Body, key: Encoding.UTF8.GetBytes("the previous secret, 24b"));
        var current = ApiHostFactory.Sign(Id, Timestamp(Now), Body);

        Assert.Null(verifier.Verify(Message($"{old} {current}")));
        Assert.Null(verifier.Verify(Message($"{current}  {old}")));
        Assert.Null(verifier.Verify(Message($"v1a,c29tZXRoaW5nIGVsc2U= {current}")));
    }

    [Theory]
    [InlineData("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v1,")]
    [InlineData("v1,not base64!")]
    [InlineData("v1,c2hvcnQ=")]
    [InlineData("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v1;g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("   ")]
    public void A_malformed_signature_header_is_refused(string header)
    {
        var problem = verifier.Verify(Message(header));

        Assert.Equal(401, problem?.Status);
        Assert.Equal("Malformed webhook signature", problem?.Title);
    }

    [Theory]
    [InlineData(null, "1", "v1,x")]
    [InlineData("msg", null, "v1,x")]
    [InlineData("msg", "1", null)]
    public void Missing_headers_are_refused(string? id, string? timestamp, string? signature)
    {
        var problem = verifier.Verify(new WebhookMessage(id, timestamp, signature is null ? [] : [signature], []));

        Assert.Equal(401, problem?.Status);
        Assert.Equal("Missing webhook headers", problem?.Title);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("-1")]
    [InlineData("1e9")]
    [InlineData("now")]
    [InlineData("99999999999999999999")]
    public void A_timestamp_that_is_not_unix_seconds_is_refused(string timestamp)
    {
        Assert.Equal("Invalid webhook timestamp", verifier.Verify(Message("v1,x", timestamp: timestamp))?.Title);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a b")]
    [InlineData("é")]
    [InlineData("a#b")]
    public void A_webhook_id_that_cannot_key_a_row_is_a_400(string id)
    {
        Assert.Equal(400, verifier.Verify(Message("v1,x", id: id))?.Status);
    }

    [Fact]
    public void Without_a_secret_every_delivery_is_answered_503_not_configured()
    {
        var unconfigured = new WebhookSignatureVerifier(Options.Create(new WebhookOptions()), time);

        var problem = unconfigured.Verify(Message(ApiHostFactory.Sign(Id, Timestamp(Now), Body)));

        Assert.False(unconfigured.IsConfigured);
        Assert.Equal(503, problem?.Status);
        Assert.Equal("Webhook not configured", problem?.Title);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData(ApiHostFactory.Secret, true)]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", false)]
    [InlineData("whsec_", false)]
    [InlineData("whsec_not base64!", false)]
    [InlineData("whsec_AQ==", false)]
    [InlineData("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", false)]
    [InlineData("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", true)]
    public void The_secret_is_validated_on_start(string? secret, bool valid)
    {
        var result = new WebhookOptionsValidator().Validate(null, new WebhookOptions { Secret = secret });

        Assert.Equal(valid, result.Succeeded);
    }
}
