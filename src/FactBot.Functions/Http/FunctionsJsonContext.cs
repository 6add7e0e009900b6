using System.Text.Json;
using System.Text.Json.Serialization;
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
public sealed partial class FunctionsJsonContext : JsonSerializerContext;
