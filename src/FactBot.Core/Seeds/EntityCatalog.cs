using FactBot.Core.Facts;
using FactBot.Core.Retrieval;

namespace FactBot.Core.Seeds;

/// <summary>
/// The entities of every seed file in one registry, because the engine looks names up across all of them: an id
/// defined twice, or one name (folded as the engine compares names) given to two entities, is an error that names
/// both places. An article may add names to a shared entity; every record then carries the entity with all its names.
/// </summary>
internal sealed class EntityCatalog(List<string> errors)
{
    private readonly Dictionary<string, Definition> definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Id, string Where)> names = new(StringComparer.Ordinal);

    public bool IsShared(string id) => definitions.TryGetValue(id, out var d) && d.Shared;

    /// <summary>Registers an entity defined at <paramref name="path"/> of <paramref name="file"/>; returns its id, or null when it is invalid.</summary>
    public string? Define(string file, string path, SeedEntity e, bool shared)
    {
        if (e.Id is null || !SeedLoader.IsValidId(e.Id))
        {
            Error(file, path + ".id", "must be lower-case letters, digits and dashes");
            return null;
        }

        if (!Enum.TryParse<EntityType>(e.Type, ignoreCase: true, out var type) || int.TryParse(e.Type, out _))
        {
            Error(file, path + ".type", "must be one of person, organisation, role, product, place");
            return null;
        }

        if (string.IsNullOrWhiteSpace(e.Name))
        {
            Error(file, path + ".name", "is required");
            return null;
        }

        var where = $"{file}: {path}";
        if (definitions.TryGetValue(e.Id, out var earlier))
        {
            var hint = earlier.Shared && !shared
                ? $"; to give it more names here, write {{\"base\": \"{e.Id}\", \"aliases\": [...]}}"
                : earlier.File != file && !shared ? "; an entity two articles name belongs in seeds/shared" : string.Empty;
            Error(file, path + ".id", $"'{e.Id}' is defined twice: also at {earlier.Where}{hint}");
            return null;
        }

        var definition = new Definition(e.Id, type, e.Name.Trim(), where, file, shared);
        definitions[e.Id] = definition;
        AddNames(definition, file, path, e.Aliases);
        AddName(definition, e.Name, $"{path}.name", file);
        return e.Id;
    }

    /// <summary>Adds an article's names to a shared entity (<c>{"base": id, "aliases": [...]}</c>); returns its id, or null.</summary>
    public string? Extend(string file, string path, SeedEntity e)
    {
        if (e.Base is null || !IsShared(e.Base))
        {
            Error(file, path + ".base", $"'{e.Base}' must be the id of an entity of seeds/shared");
            return null;
        }

        if (e.Id is not null || e.Type is not null || e.Name is not null)
        {
            Error(file, path, "an entry with \"base\" only adds aliases to that shared entity: leave out id, type and name");
            return null;
        }

        if (e.Aliases is not { Count: > 0 })
        {
            Error(file, path + ".aliases", "an entry with \"base\" needs at least one alias");
            return null;
        }

        AddNames(definitions[e.Base], file, path, e.Aliases);
        return e.Base;
    }

    /// <summary>Every entity with all its names: its own first, then those articles added, as the engine indexes them.</summary>
    public IReadOnlyDictionary<string, Entity> Build() => definitions.Values.ToDictionary(
        d => d.Id,
        d => new Entity(d.Id, d.Type, d.Name, d.Aliases.Distinct().ToArray()),
        StringComparer.Ordinal);

    private void AddNames(Definition definition, string file, string path, IReadOnlyList<string>? aliases)
    {
        var list = aliases ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(list[i]))
            {
                AddName(definition, list[i], $"{path}.aliases[{i}]", file);
            }
        }
    }

    private void AddName(Definition definition, string alias, string path, string file)
    {
        definition.Aliases.Add(alias.Trim());
        if (AliasKey.Of(alias, out _) is not { } key)
        {
            return;
        }

        if (!names.TryGetValue(key, out var owner))
        {
            names[key] = (definition.Id, $"{file}: {path}");
        }
        else if (owner.Id != definition.Id)
        {
            Error(file, path, $"'{alias.Trim()}' already names '{owner.Id}' (at {owner.Where}): one name cannot stand for two entities");
        }
    }

    private void Error(string file, string path, string message) => errors.Add($"{file}: {path}: {message}");

    private sealed record Definition(string Id, EntityType Type, string Name, string Where, string File, bool Shared)
    {
        public List<string> Aliases { get; } = [];
    }
}
