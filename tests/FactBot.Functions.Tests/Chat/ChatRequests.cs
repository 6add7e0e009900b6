using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactBot.Functions.Chat.Slack;
using NSec.Cryptography;

namespace FactBot.Functions.Tests.Chat;

/// <summary>Requests signed the way each platform signs them, as its documentation describes.</summary>
internal static class ChatRequests
{
    public static string Now(int offsetSeconds = 0) =>
        (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offsetSeconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>Slack: <c>v0=</c> + hex HMAC-SHA256(signing secret, <c>v0:{timestamp}:{body}</c>).</summary>
    public static string SlackSignature(string secret, string timestamp, string body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));

    public static HttpRequestMessage Slack(string route, string body, string? timestamp = null, string? signature = null, string secret = ChatHostFactory.SlackSecret)
    {
        timestamp ??= Now();
        var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, signature ?? SlackSignature(secret, timestamp, body));
        return request;
    }

    public static string SlackCommandBody(string text, string triggerId, string command = "/factcheck", string teamId = "T0001") =>
        $"token=gIkuvaNzQIHg97ATvDxqgjtO&team_id={teamId}&team_domain=example&channel_id=C2147483705&channel_name=test&user_id=U2147483697"
        + $"&user_name=Steve&command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text)}"
        + $"&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678&trigger_id={Uri.EscapeDataString(triggerId)}";

    public static string SlackInteractionBody(string value, string triggerId) =>
        "payload=" + Uri.EscapeDataString(JsonSerializer.Serialize(new
        {
            type = "block_actions",
            team = new { id = "T0001", domain = "example" },
            user = new { id = "U2147483697", username = "steve" },
            trigger_id = triggerId,
            response_url = "https://hooks.slack.com/actions/T0001/1/x",
            actions = new[] { new { action_id = SlackReplies.RightActionId, block_id = "factbot_feedback", value, type = "button", action_ts = "1548426417.840180" } },
        }));

    /// <summary>Teams: <c>HMAC</c> + base64 HMAC-SHA256 of the body, keyed with the base64-decoded security token.</summary>
    public static HttpRequestMessage Teams(string body, string? token = null, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat/teams") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var key = Convert.FromBase64String(token ?? ChatHostFactory.TeamsToken);
        request.Headers.TryAddWithoutValidation("Authorization", authorization ?? "HMAC " + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body))));
        return request;
    }

    public static string TeamsActivity(string id, string text, string locale = "en-US", string tenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47") => JsonSerializer.Serialize(new
    {
        type = "message",
        id,
        timestamp = "2026-11-28T05:55:20.3975419Z",
        localTimestamp = "2026-11-28T06:55:20.3975419+01:00",
        serviceUrl = "https://smba.trafficmanager.net/emea/",
        channelId = "msteams",
        from = new { id = "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw", name = "Megan Bowen", aadObjectId = "7faf080a-db4a-4e7a-8d4e-4fbbe04b6f3b" },
        conversation = new { isGroup = true, id = "19:253b1f341670408fb6fe51050b6e5ceb@thread.skype;messageid=1485983408511", name = (string?)null, conversationType = "channel", tenantId },
        recipient = (object?)null,
        textFormat = "plain",
        attachmentLayout = (string?)null,
        membersAdded = Array.Empty<object>(),
        text,
        attachments = new[] { new { contentType = "text/html", content = $"<div>{text}</div>" } },
        entities = new[] { new { type = "clientInfo", locale, country = "US", platform = "Web" } },
        channelData = new { teamsChannelId = "19:253b1f341670408fb6fe51050b6e5ceb@thread.skype", teamsTeamId = "19:712d1a1b25d640ec9e6b1a2f8e6c5e1a@thread.skype", channel = new { id = "19:253b1f341670408fb6fe51050b6e5ceb@thread.skype" }, team = new { id = "19:712d1a1b25d640ec9e6b1a2f8e6c5e1a@thread.skype" }, tenant = new { id = tenantId } },
        locale,
    });

    public static HttpRequestMessage Telegram(string body, string? token = ChatHostFactory.TelegramToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat/telegram") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", token);
        }

        return request;
    }

    /// <summary>Discord: hex Ed25519 signature of the timestamp followed by the body.</summary>
    public static HttpRequestMessage Discord(string body, NSec.Cryptography.Key key, string? timestamp = null, string? signature = null)
    {
        timestamp ??= Now();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat/discord") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", signature ?? Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body))));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    public static string DiscordCommand(string id, string claim, string locale = "en-US", string? guildId = "290926798626357999") => JsonSerializer.Serialize(new
    {
        app_permissions = "442368",
        application_id = "775799577604522054",
        channel_id = "772908445358620702",
        data = new { id = "866818195033292850", name = "factcheck", type = 1, options = new[] { new { name = "claim", type = 3, value = claim } } },
        guild_id = guildId,
        guild_locale = "en-US",
        id,
        locale,
        member = new { user = new { id = "53908232506183680", username = "Mason", discriminator = "0" }, roles = Array.Empty<string>(), permissions = "2147483647" },
        token = "A_UNIQUE_TOKEN",
        type = 2,
        version = 1,
    });

    public static string DiscordComponent(string id, string customId) => JsonSerializer.Serialize(new
    {
        application_id = "775799577604522054",
        channel_id = "772908445358620702",
        data = new { component_type = 2, custom_id = customId },
        guild_id = "290926798626357999",
        id,
        locale = "en-US",
        member = new { user = new { id = "53908232506183680", username = "Mason" } },
        message = new { id = "1000", content = "…" },
        token = "A_UNIQUE_TOKEN",
        type = 3,
        version = 1,
    });
}
