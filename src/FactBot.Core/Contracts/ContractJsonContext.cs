using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactBot.Core.Contracts;

/// <summary>Source-generated JSON for the public contracts (camelCase, as on the wire).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckResponse))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
