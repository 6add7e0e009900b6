using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactBot.Core.Facts;

namespace FactBot.Core.Seeds;

/// <summary>
/// Loads <c>*.facts.json</c> files and the articles they quote, validates them and resolves them into
/// self-contained <see cref="FactRecord"/>s. Every problem is reported at once, each with its JSON path.
/// </summary>
public static partial class SeedLoader
{
    public const string FactFilePattern = "*.facts.json";

    // Azure Table keys may not contain / \ # ? or control characters; we keep ids to a readable subset.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,126}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex PublishedPattern();

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static SeedSet LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new SeedValidationException([$"seeds folder '{directory}' does not exist"]);
        }

        var files = Directory.GetFiles(directory, FactFilePattern).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new SeedValidationException([$"seeds folder '{directory}' holds no {FactFilePattern} file"]);
        }

        var inputs = files.Select(f => (Name: Path.GetFileName(f), Json: File.ReadAllText(f), Directory: directory));
        return Load(inputs.Select(i => new SeedInput(i.Name, i.Json, name => ReadArticle(i.Directory, name))));
    }

    public static SeedSet Load(IEnumerable<SeedInput> inputs)
    {
        var errors = new List<string>();
        var sources = new List<SourceInfo>();
        var facts = new List<FactRecord>();
        var factIds = new HashSet<string>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        foreach (var input in inputs)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(input.Name));
            hash.AppendData(Encoding.UTF8.GetBytes(input.Json));
            var file = Parse(input, errors);
            if (file is null)
            {
                continue;
            }

            var article = file.Source?.File is { Length: > 0 } articleName ? input.ReadArticle(articleName) : null;
            if (article is not null)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(article));
            }

            new FileResolver(input.Name, file, article, errors).Resolve(sources, facts, factIds);
        }

        if (errors.Count > 0)
        {
            throw new SeedValidationException(errors);
        }

        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        return new SeedSet(sources, facts, version);
    }

    private static SeedFile? Parse(SeedInput input, List<string> errors)
    {
        try
        {
            var file = JsonSerializer.Deserialize<SeedFile>(input.Json, JsonOptions);
            if (file is null)
            {
                errors.Add($"{input.Name}: the file is empty");
            }

            return file;
        }
        catch (JsonException ex)
        {
            errors.Add($"{input.Name}: not valid JSON ({ex.Message})");
            return null;
        }
    }

    private static string? ReadArticle(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private sealed class FileResolver(string fileName, SeedFile file, string? article, List<string> errors)
    {
        private readonly Dictionary<string, Entity> entities = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TermGroup> lexicon = new(StringComparer.Ordinal);
        private readonly HashSet<string> usedEntities = new(StringComparer.Ordinal);
        private readonly HashSet<string> usedTerms = new(StringComparer.Ordinal);

        public void Resolve(List<SourceInfo> sources, List<FactRecord> facts, HashSet<string> factIds)
        {
            var source = ResolveSource();
            ResolveEntities();
            ResolveLexicon();
            if (file.Facts is not { Count: > 0 })
            {
                Error("facts", "at least one fact is required");
                return;
            }

            var content = source is null ? null : ContentLines();
            for (var i = 0; i < file.Facts.Count; i++)
            {
                var fact = ResolveFact($"facts[{i}]", file.Facts[i], source, content);
                if (fact is null)
                {
                    continue;
                }

                if (!factIds.Add(fact.Id))
                {
                    Error($"facts[{i}].id", $"'{fact.Id}' is used by another fact");
                    continue;
                }

                facts.Add(fact);
            }

            foreach (var unused in entities.Keys.Where(k => !usedEntities.Contains(k)))
            {
                Error("entities", $"'{unused}' is not used by any fact");
            }

            foreach (var unused in lexicon.Keys.Where(k => !usedTerms.Contains(k)))
            {
                Error("lexicon", $"'{unused}' is not used by any fact");
            }

            if (source is not null)
            {
                sources.Add(source);
            }
        }

        private void Error(string path, string message) => errors.Add($"{fileName}: {path}: {message}");

        private SourceInfo? ResolveSource()
        {
            var s = file.Source;
            if (s is null)
            {
                Error("source", "is required");
                return null;
            }

            var ok = true;
            if (s.Id is null || !IdPattern().IsMatch(s.Id))
            {
                Error("source.id", "must be lower-case letters, digits and dashes");
                ok = false;
            }

            if (string.IsNullOrWhiteSpace(s.Title))
            {
                Error("source.title", "is required");
                ok = false;
            }

            if (s.Published is null || !PublishedPattern().IsMatch(s.Published))
            {
                Error("source.published", "must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
                ok = false;
            }

            if (!LanguageCodes.TryParse(s.Language, out var language))
            {
                Error("source.language", "must be 'en' or 'fr'");
                ok = false;
            }

            if (string.IsNullOrWhiteSpace(s.File))
            {
                Error("source.file", "must name the article's text file beside this one");
                ok = false;
            }
            else if (article is null)
            {
                Error("source.file", $"'{s.File}' was not found beside the seed file");
                ok = false;
            }

            return ok ? new SourceInfo(s.Id!, s.Title!.Trim(), s.Published!, language) : null;
        }

        // The article's lines that are content: not the date header, not page navigation.
        private List<string> ContentLines()
        {
            var notContent = file.Source?.NotContent ?? [];
            return article!.Split('\n')
                .Select(l => l.TrimEnd('\r'))
                .Where(l => !notContent.Any(prefix => l.TrimStart().StartsWith(prefix, StringComparison.Ordinal)))
                .ToList();
        }

        private void ResolveEntities()
        {
            var list = file.Entities ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                var e = list[i];
                var path = $"entities[{i}]";
                if (e.Id is null || !IdPattern().IsMatch(e.Id))
                {
                    Error(path + ".id", "must be lower-case letters, digits and dashes");
                    continue;
                }

                if (!Enum.TryParse<EntityType>(e.Type, ignoreCase: true, out var type) || int.TryParse(e.Type, out _))
                {
                    Error(path + ".type", "must be one of person, organisation, role, product, place");
                    continue;
                }

                if (string.IsNullOrWhiteSpace(e.Name))
                {
                    Error(path + ".name", "is required");
                    continue;
                }

                var aliases = (e.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Append(e.Name).Distinct().ToArray();
                if (!entities.TryAdd(e.Id, new Entity(e.Id, type, e.Name.Trim(), aliases)))
                {
                    Error(path + ".id", $"'{e.Id}' is defined twice");
                }
            }
        }

        private void ResolveLexicon()
        {
            var entries = file.Lexicon ?? new Dictionary<string, SeedTerms>();
            foreach (var (id, terms) in entries)
            {
                var set = ToTermSet(terms);
                if (terms.Base is { } baseId)
                {
                    // "base": start from another entry's terms, e.g. the same verbs with antonyms of their own.
                    if (!entries.TryGetValue(baseId, out var inherited) || inherited.Base is not null)
                    {
                        Error($"lexicon.{id}.base", $"'{baseId}' must name a lexicon entry that has no base itself");
                        continue;
                    }

                    usedTerms.Add(baseId);
                    var parent = ToTermSet(inherited);
                    set = new TermSet(parent.En.Concat(set.En).Distinct().ToArray(), parent.Fr.Concat(set.Fr).Distinct().ToArray());
                }

                if (set.IsEmpty)
                {
                    Error($"lexicon.{id}", "needs at least one English or French term");
                    continue;
                }

                lexicon[id] = new TermGroup(id, set, ToTermSet(terms.Antonyms));
            }
        }

        private static TermSet ToTermSet(SeedTerms? terms) => terms is null
            ? TermSet.Empty
            : new TermSet(Clean(terms.En), Clean(terms.Fr));

        private static string[] Clean(IReadOnlyList<string>? terms) =>
            (terms ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().ToArray();

        private FactRecord? ResolveFact(string path, SeedFact f, SourceInfo? source, List<string>? content)
        {
            var before = errors.Count;
            if (f.Id is null || !IdPattern().IsMatch(f.Id))
            {
                Error(path + ".id", "must be lower-case letters, digits and dashes (at most 127)");
            }

            if (string.IsNullOrWhiteSpace(f.Sentence))
            {
                Error(path + ".sentence", "is required");
            }
            else if (content is not null && !content.Any(line => line.Contains(f.Sentence, StringComparison.Ordinal)))
            {
                Error(path + ".sentence", "does not occur verbatim in the article's content");
            }

            var relation = new List<TermGroup>();
            if (f.Relation is not { Count: > 0 })
            {
                Error(path + ".relation", "must name at least one lexicon entry");
            }
            else
            {
                foreach (var id in f.Relation)
                {
                    if (lexicon.TryGetValue(id, out var group))
                    {
                        relation.Add(group);
                        usedTerms.Add(id);
                    }
                    else
                    {
                        Error(path + ".relation", $"'{id}' is not in the lexicon");
                    }
                }
            }

            var polarity = Polarity.Positive;
            if (f.Polarity is not null && !Enum.TryParse(f.Polarity, ignoreCase: true, out polarity))
            {
                Error(path + ".polarity", "must be 'positive' or 'negative'");
            }

            var referenced = new List<Entity>();
            var slots = new List<Slot>();
            var slotList = f.Slots ?? [];
            for (var i = 0; i < slotList.Count; i++)
            {
                var slot = ResolveSlot($"{path}.slots[{i}]", slotList[i], referenced);
                if (slot is not null)
                {
                    if (slots.Any(s => s.Name == slot.Name))
                    {
                        Error($"{path}.slots[{i}].name", $"'{slot.Name}' is used twice");
                    }

                    slots.Add(slot);
                }
            }

            var summary = ToText(path + ".summary", f.Summary, required: true);
            var attribution = ToText(path + ".attribution", f.Attribution, required: false);
            var hedge = ToText(path + ".hedge", f.Hedge, required: false);

            if (errors.Count > before || source is null)
            {
                return null;
            }

            return new FactRecord(
                f.Id!,
                source,
                f.Sentence!,
                relation,
                ToTermSet(f.Context),
                polarity,
                slots,
                referenced.Distinct().ToArray(),
                summary!,
                attribution,
                hedge);
        }

        private LocalizedText? ToText(string path, SeedText? text, bool required)
        {
            if (text is null)
            {
                if (required)
                {
                    Error(path, "is required, with 'en' and 'fr'");
                }

                return null;
            }

            if (string.IsNullOrWhiteSpace(text.En) || string.IsNullOrWhiteSpace(text.Fr))
            {
                Error(path, "needs both 'en' and 'fr'");
                return null;
            }

            return new LocalizedText(text.En.Trim(), text.Fr.Trim());
        }

        private Slot? ResolveSlot(string path, SeedSlot s, List<Entity> referenced)
        {
            var before = errors.Count;
            if (string.IsNullOrWhiteSpace(s.Name))
            {
                Error(path + ".name", "is required");
            }

            if (!Enum.TryParse<SlotType>(s.Type, ignoreCase: true, out var type) || int.TryParse(s.Type, out _))
            {
                Error(path + ".type", "must be one of year, period, money, person, organisation, role, product, place");
                return null;
            }

            if (!Enum.TryParse<SlotMatch>(s.Match, ignoreCase: true, out var match) || int.TryParse(s.Match, out _))
            {
                Error(path + ".match", "must be one of key, exclusive, partial, optional");
            }

            var role = SlotRole.None;
            if (s.Role is not null && (!Enum.TryParse(s.Role, ignoreCase: true, out role) || int.TryParse(s.Role, out _)))
            {
                Error(path + ".role", "must be one of none, agent, patient");
            }

            var values = new List<SlotValue>();
            var raw = s.Values ?? [];
            if (raw.Count == 0)
            {
                Error(path + ".values", "needs at least one value");
            }

            for (var i = 0; i < raw.Count; i++)
            {
                var value = ResolveValue($"{path}.values[{i}]", type, raw[i]);
                if (value is not null)
                {
                    values.Add(value);
                    if (value.Entity is not null)
                    {
                        referenced.Add(entities[value.Entity]);
                    }
                }
            }

            var label = ToText(path + ".label", s.Label, required: true);
            return errors.Count > before ? null : new Slot(s.Name!, type, match, role, values, label!);
        }

        private SlotValue? ResolveValue(string path, SlotType type, JsonElement raw)
        {
            switch (type)
            {
                case SlotType.Year:
                    if (raw.ValueKind == JsonValueKind.Number && raw.TryGetInt32(out var year) && year is > 0 and < 10000)
                    {
                        return new SlotValue { Year = year };
                    }

                    Error(path, "a year slot takes whole years such as 2015");
                    return null;

                case SlotType.Period:
                    if (raw.ValueKind == JsonValueKind.Object
                        && raw.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out var py)
                        && raw.TryGetProperty("part", out var p) && p.ValueKind == JsonValueKind.String
                        && Enum.TryParse<PeriodPart>(p.GetString(), ignoreCase: true, out var part) && !int.TryParse(p.GetString(), out _))
                    {
                        return new SlotValue { Year = py, Part = part };
                    }

                    Error(path, "a period slot takes {\"year\": 2022, \"part\": \"whole|early|mid|late\"}");
                    return null;

                case SlotType.Money:
                    if (raw.ValueKind == JsonValueKind.Object
                        && raw.TryGetProperty("amount", out var a) && a.ValueKind == JsonValueKind.Number && a.TryGetDecimal(out var amount) && amount > 0
                        && raw.TryGetProperty("currency", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() is { Length: 3 } currency)
                    {
                        return new SlotValue { Amount = amount, Currency = currency.ToUpperInvariant() };
                    }

                    Error(path, "a money slot takes {\"amount\": 1000000000, \"currency\": \"USD\"}");
                    return null;

                default:
                    var id = raw.ValueKind == JsonValueKind.String ? raw.GetString() : null;
                    if (id is null || !entities.TryGetValue(id, out var entity))
                    {
                        Error(path, $"must be the id of an entity defined in this file");
                        return null;
                    }

                    usedEntities.Add(id);
                    if (!string.Equals(entity.Type.ToString(), type.ToString(), StringComparison.Ordinal))
                    {
                        Error(path, $"'{id}' is a {entity.Type.ToString().ToLowerInvariant()}, not a {type.ToString().ToLowerInvariant()}");
                        return null;
                    }

                    return new SlotValue { Entity = id };
            }
        }
    }

}
