using System.Text.Json;
using System.Text.Json.Serialization;
using FactBot.Functions.Chat.Discord;
using FactBot.Functions.Chat.Slack;
using FactBot.Functions.Chat.Teams;
using FactBot.Functions.Chat.Telegram;
using FactBot.Functions.Claims;
using FactBot.Functions.Feedback;
using FactBot.Functions.Webhooks;

namespace FactBot.Functions.Http;

/// <summary>
/// Source-generated JSON for request bodies: camelCase as on the wire, and strict — names are case-sensitive, an
/// unknown or repeated property is an error (the binder reports both precisely first). Responses use ContractJsonContext.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNameCaseInsensitive = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(CheckClaimRequest))]
[JsonSerializable(typeof(BatchCheckRequest))]
[JsonSerializable(typeof(FeedbackRequest))]
[JsonSerializable(typeof(WebhookClaimRequest))]
[JsonSerializable(typeof(SlackInteractionPayload))]
[JsonSerializable(typeof(TeamsActivity))]
[JsonSerializable(typeof(TelegramUpdate))]
[JsonSerializable(typeof(DiscordInteraction))]
public sealed partial class FunctionsJsonContext : JsonSerializerContext;
