using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactBot.Functions.Contracts;

/// <summary>Source-generated JSON for the response bodies (camelCase, as on the wire), for the functions and the CLI alike.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckResponse))]
[JsonSerializable(typeof(ClaimCheckResponse))]
[JsonSerializable(typeof(BatchCheckResponse))]
[JsonSerializable(typeof(RecordedCheckResponse))]
[JsonSerializable(typeof(FeedbackAcceptedResponse))]
[JsonSerializable(typeof(FactResponse))]
[JsonSerializable(typeof(FactPageResponse))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(ClaimReview))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
