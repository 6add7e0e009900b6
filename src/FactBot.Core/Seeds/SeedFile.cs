using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactBot.Core.Seeds;

// The on-disk shape of seeds/*.facts.json, documented in seeds/README.md and seeds/facts.schema.json.
internal sealed record SeedFile(
    [property: JsonPropertyName("source")] SeedSource? Source,
    [property: JsonPropertyName("entities")] IReadOnlyList<SeedEntity>? Entities,
    [property: JsonPropertyName("lexicon")] IReadOnlyDictionary<string, SeedTerms>? Lexicon,
    [property: JsonPropertyName("facts")] IReadOnlyList<SeedFact>? Facts);

internal sealed record SeedSource(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("notContent")] IReadOnlyList<string>? NotContent,
    [property: JsonPropertyName("background")] SeedTerms? Background = null);

// An entity, or (in an article file) "base" alone with aliases: more names for an entity of seeds/shared.
internal sealed record SeedEntity(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases,
    [property: JsonPropertyName("base")] string? Base = null);

// "base" is one entry id or a list of them: the entry starts from their words.
internal sealed record SeedTerms(
    [property: JsonPropertyName("en")] IReadOnlyList<string>? En,
    [property: JsonPropertyName("fr")] IReadOnlyList<string>? Fr,
    [property: JsonPropertyName("antonyms")] SeedTerms? Antonyms,
    [property: JsonPropertyName("base"), JsonConverter(typeof(OneOrManyConverter))] IReadOnlyList<string>? Base = null,
    [property: JsonPropertyName("converses")] SeedTerms? Converses = null,
    [property: JsonPropertyName("withAmount")] SeedTerms? WithAmount = null,
    [property: JsonPropertyName("impliedByPast")] bool ImpliedByPast = false);

internal sealed record SeedText(
    [property: JsonPropertyName("en")] string? En,
    [property: JsonPropertyName("fr")] string? Fr);

internal sealed record SeedSlot(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("match")] string? Match,
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("values")] IReadOnlyList<JsonElement>? Values,
    [property: JsonPropertyName("label")] SeedText? Label);

internal sealed record SeedFact(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("sentence")] string? Sentence,
    [property: JsonPropertyName("relation")] IReadOnlyList<string>? Relation,
    [property: JsonPropertyName("context")] SeedTerms? Context,
    [property: JsonPropertyName("polarity")] string? Polarity,
    [property: JsonPropertyName("slots")] IReadOnlyList<SeedSlot>? Slots,
    [property: JsonPropertyName("summary")] SeedText? Summary,
    [property: JsonPropertyName("attribution")] SeedText? Attribution,
    [property: JsonPropertyName("hedge")] SeedText? Hedge,
    [property: JsonPropertyName("after")] IReadOnlyList<string>? After = null,
    [property: JsonPropertyName("current")] bool? Current = null);
