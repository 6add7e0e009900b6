using System.Text.Json;
using System.Text.Json.Serialization;
using FactBot.Functions.Claims;
using FactBot.Functions.Contracts;
using FactBot.Functions.Feedback;
using FactBot.Functions.Webhooks;

namespace FactBot.Functions.Http;

/// <summary>Source-generated JSON for request and response bodies (camelCase, case-insensitive, as on the wire).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckClaimRequest))]
[JsonSerializable(typeof(BatchCheckRequest))]
[JsonSerializable(typeof(FeedbackRequest))]
[JsonSerializable(typeof(WebhookClaimRequest))]
[JsonSerializable(typeof(CheckResponse))]
[JsonSerializable(typeof(ClaimCheckResponse))]
[JsonSerializable(typeof(BatchCheckResponse))]
[JsonSerializable(typeof(RecordedCheckResponse))]
[JsonSerializable(typeof(FeedbackAcceptedResponse))]
[JsonSerializable(typeof(FactResponse))]
[JsonSerializable(typeof(FactPageResponse))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(ClaimReview))]
public sealed partial class FunctionsJsonContext : JsonSerializerContext;
