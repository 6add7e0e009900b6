using System.Text.Json.Serialization;
using FactBot.Core.Facts;

namespace FactBot.Core.Serialization;

/// <summary>Source-generated JSON for fact records and entities, as stored in table rows and hashed for the snapshot version.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(FactRecord))]
[JsonSerializable(typeof(Entity))]
public sealed partial class FactJsonContext : JsonSerializerContext;
