using System.Text.Json.Serialization;

namespace FactBot.Core.Seeds;

// The on-disk shape of seeds/shared/*.json (seeds/shared.schema.json): vocabulary and entities every article may use.
// Anything else (a "facts" list put here by mistake) is an error rather than silently ignored.
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record SharedSeedFile(
    [property: JsonPropertyName("$schema")] string? Schema,
    [property: JsonPropertyName("entities")] IReadOnlyList<SeedEntity>? Entities,
    [property: JsonPropertyName("lexicon")] IReadOnlyDictionary<string, SeedTerms>? Lexicon);
