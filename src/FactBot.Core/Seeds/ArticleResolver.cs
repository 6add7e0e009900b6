using System.Text.Json;
using FactBot.Core.Facts;

namespace FactBot.Core.Seeds;

/// <summary>
/// One article file: its source, its own entities and lexicon entries (after the shared ones), then its facts,
/// resolved into self-contained records. Facts resolve once every file's entities are known, so a record carries
/// each entity with every name the seeds give it.
/// </summary>
internal sealed class ArticleResolver(string fileName, SeedFile file, string? article, List<string> errors, EntityCatalog catalog, LexiconScope shared)
{
    private readonly HashSet<string> ownEntities = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedEntities = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedTerms = new(StringComparer.Ordinal);
    private readonly LexiconScope lexicon = new(errors, shared);
    private IReadOnlyDictionary<string, Entity> entities = new Dictionary<string, Entity>();
    private SourceInfo? source;

    /// <summary>First pass: the source, the entities (into the catalog) and the lexicon.</summary>
    public void ResolveDefinitions()
    {
        source = ResolveSource();
        ResolveEntities();
        lexicon.Add(fileName, file.Lexicon);
        lexicon.Resolve();
    }

    /// <summary>Second pass, once the catalog holds every file's entities: the facts, then what this file defined and no fact used.</summary>
    public void ResolveFacts(IReadOnlyDictionary<string, Entity> allEntities, List<SourceInfo> sources, List<FactRecord> facts, Dictionary<string, string> factIds)
    {
        entities = allEntities;
        if (file.Facts is not { Count: > 0 })
        {
            Error("facts", "at least one fact is required");
            return;
        }

        var content = source is null ? null : ContentLines();
        for (var i = 0; i < file.Facts.Count; i++)
        {
            // An id used twice is reported whatever else is wrong with either fact.
            var id = file.Facts[i].Id;
            if (id is not null && !factIds.TryAdd(id, $"{fileName}: facts[{i}]"))
            {
                Error($"facts[{i}].id", $"'{id}' is used by another fact (at {factIds[id]})");
                continue;
            }

            if (ResolveFact($"facts[{i}]", file.Facts[i], source, content) is { } fact)
            {
                facts.Add(fact);
            }
        }

        // Shared entities and entries are a library: only what this file defines for itself must be used.
        foreach (var unused in ownEntities.Where(k => !usedEntities.Contains(k)))
        {
            Error("entities", $"'{unused}' is not used by any fact");
        }

        foreach (var unused in (file.Lexicon?.Keys ?? []).Where(k => lexicon.Defines(k) && !usedTerms.Contains(k) && !lexicon.UsedAsBase.Contains(k)))
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
        if (s.Id is null || !SeedLoader.IsValidId(s.Id))
        {
            Error("source.id", "must be lower-case letters, digits and dashes");
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(s.Title))
        {
            Error("source.title", "is required");
            ok = false;
        }

        if (s.Published is null || !SeedLoader.IsValidPublished(s.Published))
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

    // An entry is this file's own entity, or "base" with more names for a shared one.
    private void ResolveEntities()
    {
        var list = file.Entities ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var id = list[i].Base is null
                ? catalog.Define(fileName, $"entities[{i}]", list[i], shared: false)
                : catalog.Extend(fileName, $"entities[{i}]", list[i]);
            if (id is not null)
            {
                ownEntities.Add(id);
            }
        }
    }

    private FactRecord? ResolveFact(string path, SeedFact f, SourceInfo? source, List<string>? content)
    {
        var before = errors.Count;
        if (f.Id is null || !SeedLoader.IsValidId(f.Id))
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
                if (lexicon.Find(id) is { } group)
                {
                    relation.Add(group);
                    usedTerms.Add(id);
                }
                else
                {
                    Error(path + ".relation", $"'{id}' is not in the lexicon (this file's or seeds/shared)");
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
            WithBackground(LexiconScope.ToTermSet(f.Context)),
            polarity,
            slots,
            referenced.Distinct().ToArray(),
            summary!,
            attribution,
            hedge)
        {
            After = f.After ?? [],
            Current = f.Current ?? false,
        };
    }

    // The article's topic words ("AI", "intelligence artificielle") are context of every one of its records.
    private TermSet WithBackground(TermSet context) => file.Source?.Background is { } background
        ? new TermSet([.. context.En, .. background.En ?? []], [.. context.Fr, .. background.Fr ?? []])
        : context;

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
            Error(path + ".role", "must be one of none, agent, patient, speaker");
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
                // An article names its own entities and the shared ones, never another article's.
                if (id is null || !(ownEntities.Contains(id) || catalog.IsShared(id)) || !entities.TryGetValue(id, out var entity))
                {
                    Error(path, "must be the id of an entity defined in this file or in seeds/shared");
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
