using System.Text;
using FactBot.Functions.Chat;
using FactBot.Functions.Chat.Slack;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Functions.Tests.Chat.Slack;

/// <summary>Slack's documented example ("Verifying requests from Slack"): secret, timestamp, body and the signature Slack gives for them.</summary>
public sealed class SlackSignatureVerifierTests
{
    public const string DocumentedSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string DocumentedTimestamp = "1531420618";
    public const string DocumentedSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    public const string DocumentedBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar"
        + "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
        + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    [Fact]
    public void Slacks_documented_example_verifies()
    {
        var verifier = Verifier(DocumentedSecret, secondsAfter: 10);

        Assert.Null(verifier.Verify(Request(DocumentedBody, DocumentedTimestamp, DocumentedSignature)));
        Assert.Equal(DocumentedSignature, "v0=" + Convert.ToHexStringLower(SlackSignatureVerifier.Sign(Encoding.UTF8.GetBytes(DocumentedSecret), DocumentedTimestamp, Encoding.UTF8.GetBytes(DocumentedBody))));
    }

    [Theory]
    [InlineData("tampered body", "Invalid Slack signature")]
    [InlineData("wrong secret", "Invalid Slack signature")]
    [InlineData("stale by 301 s", "Timestamp out of range")]
    [InlineData("301 s in the future", "Timestamp out of range")]
    [InlineData("upper-case scheme", "Malformed Slack signature")]
    [InlineData("short signature", "Malformed Slack signature")]
    [InlineData("no signature", "Missing Slack signature")]
    [InlineData("timestamp not a number", "Invalid timestamp")]
    public void A_request_that_is_not_slacks_or_not_fresh_is_refused(string how, string title)
    {
        var (secret, offset, body, timestamp, signature) = how switch
        {
            "tampered body" => (DocumentedSecret, 10, DocumentedBody.Replace("text=", "text=hello", StringComparison.Ordinal), DocumentedTimestamp, DocumentedSignature),
            "wrong secret" => ("8f742231b10e8888abcd99yyyzzz85a6", 10, DocumentedBody, DocumentedTimestamp, DocumentedSignature),
            "stale by 301 s" => (DocumentedSecret, 301, DocumentedBody, DocumentedTimestamp, DocumentedSignature),
            "301 s in the future" => (DocumentedSecret, -301, DocumentedBody, DocumentedTimestamp, DocumentedSignature),
            "upper-case scheme" => (DocumentedSecret, 10, DocumentedBody, DocumentedTimestamp, "V0=" + DocumentedSignature[3..]),
            "short signature" => (DocumentedSecret, 10, DocumentedBody, DocumentedTimestamp, DocumentedSignature[..^2]),
            "no signature" => (DocumentedSecret, 10, DocumentedBody, DocumentedTimestamp, null),
            _ => (DocumentedSecret, 10, DocumentedBody, "1531420618.5", DocumentedSignature),
        };

        var problem = Verifier(secret, offset).Verify(Request(body, timestamp, signature));

        Assert.NotNull(problem);
        Assert.Equal(401, problem.Status);
        Assert.Equal(title, problem.Title);
    }

    [Fact]
    public void Exactly_300_seconds_either_way_is_still_fresh()
    {
        Assert.Null(Verifier(DocumentedSecret, 300).Verify(Request(DocumentedBody, DocumentedTimestamp, DocumentedSignature)));
        Assert.Null(Verifier(DocumentedSecret, -300).Verify(Request(DocumentedBody, DocumentedTimestamp, DocumentedSignature)));
    }

    private static SlackSignatureVerifier Verifier(string secret, int secondsAfter) => new(
        Options.Create(new SlackOptions { SigningSecret = secret }),
        new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(long.Parse(DocumentedTimestamp, System.Globalization.CultureInfo.InvariantCulture) + secondsAfter)));

    private static ChatRequest Request(string body, string timestamp, string? signature)
    {
        var headers = new HeaderDictionary { [SlackSignatureVerifier.TimestampHeader] = timestamp };
        if (signature is not null)
        {
            headers[SlackSignatureVerifier.SignatureHeader] = signature;
        }

        return new ChatRequest("POST", "/api/chat/slack", headers, Encoding.UTF8.GetBytes(body));
    }
}
