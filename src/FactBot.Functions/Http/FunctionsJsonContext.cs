using System.Text.Json;
using System.Text.Json.Serialization;
using FactBot.Functions.Claims;
using FactBot.Functions.Feedback;
using FactBot.Functions.Webhooks;

namespace FactBot.Functions.Http;

/// <summary>Source-generated JSON for request bodies (camelCase, case-insensitive, as on the wire); responses use ContractJsonContext.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckClaimRequest))]
[JsonSerializable(typeof(BatchCheckRequest))]
[JsonSerializable(typeof(FeedbackRequest))]
[JsonSerializable(typeof(WebhookClaimRequest))]
public sealed partial class FunctionsJsonContext : JsonSerializerContext;
