using System.Text.Json;
using System.Text.Json.Serialization;
using FactBot.Functions.Claims;

namespace FactBot.Functions.Http;

/// <summary>Source-generated JSON for request bodies (camelCase, case-insensitive, as on the wire).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckClaimRequest))]
internal sealed partial class FunctionsJsonContext : JsonSerializerContext;
