using System.Text.Json.Serialization;
using FactBot.Core.Facts;

namespace FactBot.Core.Serialization;

/// <summary>Source-generated JSON for fact records, as stored in a table row and hashed for the snapshot version.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(FactRecord))]
public sealed partial class FactJsonContext : JsonSerializerContext;
