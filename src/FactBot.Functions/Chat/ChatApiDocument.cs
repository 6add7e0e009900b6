using FactBot.Functions.Chat;
using FactBot.Functions.Chat.Discord;
using FactBot.Functions.Chat.Slack;
using FactBot.Functions.Chat.Telegram;
using Microsoft.OpenApi;

namespace FactBot.Functions.OpenApi;

/// <summary>The chat routes' part of the OpenAPI document: operations keyed by function name, and their schemas.</summary>
internal static partial class ApiDocument
{
    // Chat platforms' headers are plain strings; their formats are described in words.
    private static OpenApiParameter HeaderParameter(string name, string description) =>
        HeaderParameter(name, description, new OpenApiSchema { Type = JsonSchemaType.String });

    private const string Form = ChatRequestReader.FormMediaType;

    private static readonly Dictionary<string, Func<OpenApiDocument, OpenApiOperation>> ChatOperations = new(StringComparer.Ordinal)
    {
        [SlackCommandFunction.Name] = d => Operation(
            "Slack slash command",
            "A Slack slash command (set its Request URL here). Signed: `X-Slack-Signature` = `v0=` + hex HMAC-SHA256 (signing secret) of "
                + "`v0:{X-Slack-Request-Timestamp}:{raw body}`, timestamp within 300 s. Answers `in_channel` Block Kit with the verdict and "
                + "feedback buttons; blank text gets an ephemeral usage message. A repeated trigger_id (a retry, `X-Slack-Retry-Num`) gets the "
                + "first answer and records nothing. 404 when FactBot:Slack:SigningSecret is not configured. Anonymous: the signature authenticates.",
            FormBody(d, "SlackCommandForm"),
            [
                HeaderParameter("X-Slack-Request-Timestamp", "Send time, Unix seconds."),
                HeaderParameter("X-Slack-Signature", "`v0=` + 64 hex digits."),
                Optional(HeaderParameter("X-Slack-Retry-Num", "Present on Slack's retries.")),
            ],
            ("200", Response("A Slack message (Block Kit).", (Json, Ref(d, "SlackMessage")))),
            ChatErrors(d, "a form")),
        [SlackInteractionFunction.Name] = d => Operation(
            "Slack interactivity",
            "Slack's interactivity Request URL: block actions of the reply's Right / Wrong buttons store feedback on the check (once per trigger_id). "
                + "Signed like the slash command. Answers an empty 200.",
            FormBody(d, "SlackInteractionForm"),
            [HeaderParameter("X-Slack-Request-Timestamp", "Send time, Unix seconds."), HeaderParameter("X-Slack-Signature", "`v0=` + 64 hex digits.")],
            ("200", new OpenApiResponse { Description = "Accepted (empty body)." }),
            ChatErrors(d, "a form")),
        [Chat.Teams.TeamsMessageFunction.Name] = d => Operation(
            "Teams outgoing webhook",
            "A Teams outgoing webhook (its callback URL). Signed: `Authorization: HMAC <base64>` = HMAC-SHA256 of the raw body keyed with the "
                + "base64-decoded security token. The claim is the text without the bot's <at> mention and HTML; the reply is a message with an "
                + "Adaptive Card. One check per activity id. 404 when FactBot:Teams:SecurityToken is not configured.",
            Body(d, "TeamsActivity"),
            [],
            ("200", Response("A Bot Framework message activity.", (Json, Ref(d, "TeamsMessage")))),
            ChatErrors(d, "JSON")),
        [TelegramUpdateFunction.Name] = d => Operation(
            "Telegram webhook",
            "The bot's webhook (setWebhook with secret_token). `X-Telegram-Bot-Api-Secret-Token` must equal FactBot:Telegram:SecretToken. "
                + "A text message is answered with a `sendMessage` method in the body (reply, HTML, inline feedback keyboard), once per update_id; "
                + "a feedback button's callback query stores the feedback and is answered with `answerCallbackQuery`; /start and /help get usage; "
                + "other updates an empty 200. When the check cannot be recorded the answer is 503, and Telegram redelivers.",
            Body(d, "TelegramUpdate"),
            [HeaderParameter(TelegramSecretVerifier.Header, "The webhook's secret_token.")],
            ("200", Response("A Bot API method (sendMessage or answerCallbackQuery), or an empty body.", (Json, Ref(d, "TelegramMethod")))),
            [.. ChatErrors(d, "JSON"), ("503", Problem(d, "The message could not be recorded; Telegram redelivers it."))]),
        [DiscordInteractionFunction.Name] = d => Operation(
            "Discord interactions endpoint",
            "The application's Interactions Endpoint URL. Signed: `X-Signature-Ed25519` (hex) over `X-Signature-Timestamp` + raw body with the "
                + "application's public key; timestamp within 300 s. PING → PONG; the `factcheck` command → a type-4 message with Right / Wrong "
                + "buttons and `allowed_mentions: {\"parse\": []}`; a button (type 3) stores feedback. One answer per interaction id. "
                + "404 when FactBot:Discord:PublicKey is not configured.",
            Body(d, "DiscordInteraction"),
            [HeaderParameter(DiscordSignatureVerifier.SignatureHeader, "Ed25519 signature, 128 hex digits."), HeaderParameter(DiscordSignatureVerifier.TimestampHeader, "Send time, Unix seconds.")],
            ("200", Response("An interaction response.", (Json, Ref(d, "DiscordInteractionResponse")))),
            ChatErrors(d, "JSON")),
    };

    private static (string, OpenApiResponse)[] ChatErrors(OpenApiDocument d, string body) =>
    [
        ("400", Problem(d, $"Not {body} of the platform's shape: malformed, invalid UTF-8, too deeply nested, a repeated property or a required field missing (fields FactBot does not read are ignored).")),
        ("401", Problem(d, "Missing, malformed or invalid signature or token, or a timestamp out of range. Nothing is recorded.")),
        ("404", Problem(d, "The platform's secret is not configured: the route is off.")),
        ("405", Problem(d, "Another method on this route.")),
        ("413", Problem(d, "The body is over 16 KiB.")),
        ("415", Problem(d, $"The body is not {body}.")),
    ];

    private static OpenApiRequestBody FormBody(OpenApiDocument d, string schema) => new()
    {
        Required = true,
        Content = new Dictionary<string, IOpenApiMediaType> { [Form] = new OpenApiMediaType { Schema = Ref(d, schema) } },
    };

    private static OpenApiParameter Optional(OpenApiParameter parameter)
    {
        parameter.Required = false;
        return parameter;
    }

    private static IEnumerable<(string, IOpenApiSchema)> ChatSchemas(OpenApiDocument d)
    {
        var id = Str();
        yield return ("SlackCommandForm", Obj(
            "A slash command, as Slack posts it (other fields are ignored).",
            ("command", Str("The command, e.g. /factcheck."), true),
            ("text", Str("The claim; blank asks for usage."), false),
            ("team_id", id, true),
            ("user_id", id, true),
            ("trigger_id", Str("Unique per invocation: the idempotency key."), true)));
        yield return ("SlackInteractionForm", Obj("An interaction, as Slack posts it.", ("payload", Str("The interaction as JSON (type block_actions, trigger_id, actions[].value)."), true)));
        yield return ("SlackMessage", Obj(
            "A Slack message.",
            ("response_type", Str(values: ["in_channel", "ephemeral"]), true),
            ("text", Str("Notification text."), true),
            ("blocks", new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.Object } }, true)));
        yield return ("TeamsActivity", Obj(
            "A Bot Framework activity (other fields are ignored).",
            ("type", Str(), true),
            ("id", Str("The idempotency key."), true),
            ("text", Str("The message, with the bot's <at> mention, possibly HTML."), false),
            ("locale", Str(), false)));
        yield return ("TeamsMessage", Obj(
            "A message activity.",
            ("type", Str(values: ["message"]), true),
            ("attachments", new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "An Adaptive Card." } }, true)));
        yield return ("TelegramUpdate", Obj(
            "A Telegram Update (other fields are ignored).",
            ("update_id", new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "The idempotency key." }, true),
            ("message", new OpenApiSchema { Type = JsonSchemaType.Object }, false),
            ("callback_query", new OpenApiSchema { Type = JsonSchemaType.Object }, false)));
        yield return ("TelegramMethod", Obj(
            "A Bot API method call in the webhook response.",
            ("method", Str(values: ["sendMessage", "answerCallbackQuery"]), true),
            ("chat_id", new OpenApiSchema { Type = JsonSchemaType.Integer }, false),
            ("text", Str("At most 4096 characters (200 for answerCallbackQuery)."), false),
            ("callback_query_id", Str(), false)));
        yield return ("DiscordInteraction", Obj(
            "A Discord interaction (other fields are ignored).",
            ("id", Str("The idempotency key."), false),
            ("type", new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "1 PING, 2 APPLICATION_COMMAND, 3 MESSAGE_COMPONENT." }, true),
            ("data", new OpenApiSchema { Type = JsonSchemaType.Object }, false)));
        yield return ("DiscordInteractionResponse", Obj(
            "An interaction response.",
            ("type", new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "1 PONG, 4 CHANNEL_MESSAGE_WITH_SOURCE." }, true),
            ("data", new OpenApiSchema { Type = JsonSchemaType.Object, Description = "content (≤ 2000), flags, components, allowed_mentions." }, false)));
    }
}
