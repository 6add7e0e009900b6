using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactBot.Core.Facts;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;
using FactBot.Core.Seeds;
using FactBot.Core.Store;
using FactBot.Core.Text;

namespace FactBot.Cli.Authoring;

/// <summary>
/// Drafts a facts file from an article: one record per content sentence, with the values the engine reads in it
/// (years, periods, amounts; the shared entities by their names, as the engine matches them; capitalised names no
/// seed knows, as new entities), the shared lexicon entries its words use, and a TODO wherever a person must decide.
/// </summary>
internal sealed partial class FactDrafter
{
    private const string Todo = DraftMarkers.Marker + ": ";
    private static readonly string[] ListJoiners = [",", "and", "et", "&"];

    private readonly ClaimReader reader;
    private readonly LexiconMatcher matcher;
    private readonly HashSet<string> sharedIds;

    public FactDrafter(IReadOnlyList<Entity> sharedEntities, IReadOnlyList<TermGroup> sharedLexicon, IStemmer stemmer)
    {
        // The engine's own reading, over the shared names only: an article's anaphora ("the company") mean its subject.
        var index = new FactIndex(FactSnapshot.Create([], sharedEntities), stemmer);
        reader = new ClaimReader(index);
        matcher = new LexiconMatcher(sharedLexicon, index.Stems);
        sharedIds = sharedEntities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A drafter over the shared entities and lexicon of a seeds folder (articles' own entries are theirs alone).</summary>
    public static FactDrafter ForFolder(SeedFolder folder, IStemmer stemmer)
    {
        var entities = folder.Shared.SelectMany(f => f.File.Entities ?? [])
            .Where(e => e.Id is not null && e.Name is not null && Enum.TryParse<EntityType>(e.Type, ignoreCase: true, out _))
            .Select(e => new Entity(e.Id!, Enum.Parse<EntityType>(e.Type!, ignoreCase: true), e.Name!, [.. e.Aliases ?? [], e.Name!]))
            .ToList();
        var scope = new LexiconScope([]);
        foreach (var (name, file) in folder.Shared)
        {
            scope.Add(name, file.Lexicon);
        }

        scope.Resolve();
        var lexicon = folder.Shared.SelectMany(f => f.File.Lexicon?.Keys ?? []).Distinct(StringComparer.Ordinal).Select(scope.Find).OfType<TermGroup>().ToList();
        return new FactDrafter(entities, lexicon, stemmer);
    }

    [GeneratedRegex(@"^\d+_([a-z0-9][a-z0-9-]{0,126})\.txt$")]
    private static partial Regex ArticleFileName();

    public DraftResult Draft(string fileName, string text, IReadOnlyCollection<string> skip, Language? language = null)
    {
        var article = ArticleText.Read(text, skip);
        var readings = article.Sentences.Select(s => (Sentence: s, Reading: reader.Read(s.Text))).ToArray();
        var lang = language ?? (readings.Count(r => r.Reading.Language == Language.French) * 2 > readings.Length ? Language.French : Language.English);
        var names = new NewEntities(sharedIds);

        // A capitalised word that opens a sentence ("Money came quickly") is a name only if the article also writes it
        // capitalised inside a sentence; a name of several words always is one.
        // (or as the first or last word of a longer name: "Ferreira" after "Tomas Ferreira").
        var inner = readings.SelectMany(r => r.Reading.Mentions.Where(m => m.Kind == MentionKind.UnknownName && (m.Start > 0 || m.End - m.Start > 1)).Select(m => Surface(r.Reading, m)))
            .SelectMany(name => name.Split(' ') is { Length: > 1 } parts ? [name, parts[0], parts[^1]] : new[] { name })
            .ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var facts = new JsonArray();
        foreach (var (sentence, reading) in readings)
        {
            facts.Add(Record(sentence, reading, lang, names, ids, inner));
        }

        var json = new JsonObject
        {
            ["$schema"] = "./facts.schema.json",
            ["source"] = Source(fileName, article, lang, skip),
        };
        if (names.Count > 0)
        {
            json["entities"] = names.ToJson();
        }

        json["facts"] = facts;
        return new DraftResult(json, article.Sentences.Count, names.Count, article.SkippedLines.Count);
    }

    private static JsonObject Source(string fileName, ArticleText article, Language language, IReadOnlyCollection<string> skip)
    {
        var source = new JsonObject
        {
            ["id"] = ArticleFileName().Match(fileName) is { Success: true } m ? m.Groups[1].Value : Todo + "the source id (lower-case letters, digits, dashes; the file is NNN_<id>.txt)",
            ["title"] = article.Header.GetValueOrDefault("title") ?? article.Header.GetValueOrDefault("titre") ?? (article.Sentences.Count > 0 ? article.Sentences[0].Text : null) ?? Todo + "the article's title",
            ["published"] = article.Published ?? Todo + "YYYY, YYYY-MM or YYYY-MM-DD",
            ["language"] = language.ToCode(),
            ["file"] = fileName,
        };
        var furniture = skip.Concat(article.HeaderPrefixes).Distinct(StringComparer.Ordinal).ToArray();
        if (furniture.Length > 0)
        {
            source["notContent"] = new JsonArray(furniture.Select(p => (JsonNode)p).ToArray());
        }

        return source;
    }

    private JsonObject Record(ArticleSentence sentence, ClaimReading reading, Language language, NewEntities names, HashSet<string> ids, IReadOnlySet<string> inner)
    {
        var blocked = new bool[reading.Tokens.Count];
        foreach (var mention in reading.Mentions.Where(m => m.Kind != MentionKind.Entity || m.Entity!.Type != EntityType.Role))
        {
            for (var k = mention.Start; k < mention.End; k++)
            {
                blocked[k] = true;
            }
        }

        var matches = matcher.Match(reading.Tokens, blocked, language);
        var record = new JsonObject
        {
            ["id"] = UniqueId(sentence.Text, ids),
            ["sentence"] = sentence.Text,
            ["relation"] = Relation(matches),
        };
        if (Polarity(reading, matches) is { } polarity)
        {
            record["polarity"] = polarity;
        }

        record["slots"] = Slots(reading, names, inner);
        record["summary"] = new JsonObject { ["en"] = Todo + "the fact in English, quoted in explanations", ["fr"] = Todo + "le fait en français, cité dans les explications" };
        if (Enumerable.Range(0, reading.Tokens.Count).Any(i => LanguageWords.Hedges.TryMatchAt(reading.Tokens, i, out _, out _)))
        {
            record["hedge"] = new JsonObject { ["en"] = Todo + "how sure the article is (\"reportedly\"), or remove", ["fr"] = Todo + "le degré de certitude (« selon certaines sources »), ou supprimer" };
        }

        return record;
    }

    // One entry matched: that entry. Several: all of them, and a TODO to keep those that must all appear. None: a TODO.
    private static JsonArray Relation(IReadOnlyList<LexiconMatch> matches)
    {
        var terms = matches.Where(m => !m.Antonym).GroupBy(m => m.Entry, StringComparer.Ordinal).ToArray();
        var relation = new JsonArray(terms.Select(g => (JsonNode)g.Key).ToArray());
        if (terms.Length == 0)
        {
            relation.Add(Todo + "no entry of seeds/shared matched: name one, or define one under this file's \"lexicon\"");
        }
        else if (terms.Length > 1)
        {
            relation.Add(Todo + "keep the entries that must all appear in a claim: " + string.Join(", ", terms.Select(g => $"{g.Key} ('{string.Join("', '", g.Select(m => m.Words).Distinct())}')")));
        }

        return relation;
    }

    // Omitted (positive) unless the sentence negates or uses an antonym: then a person decides.
    private static string? Polarity(ClaimReading reading, IReadOnlyList<LexiconMatch> matches)
    {
        var hints = reading.Negations.Select(i => $"'{reading.Tokens[i].Surface}' negates")
            .Concat(matches.Where(m => m.Antonym).Select(m => $"'{m.Words}' is an antonym of {m.Entry}"))
            .ToArray();
        return hints.Length == 0 ? null : Todo + "positive or negative? " + string.Join("; ", hints);
    }

    private static JsonArray Slots(ClaimReading reading, NewEntities names, IReadOnlySet<string> inner)
    {
        var slots = new JsonArray();
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentions = reading.Mentions
            .Where(m => m.Kind is not MentionKind.Number && !(m.Kind == MentionKind.Money && m.Vague))
            .Where(m => !(m.Kind == MentionKind.UnknownName && m.Start == 0 && m.End == 1 && !inner.Contains(Surface(reading, m))))
            .ToList();
        for (var i = 0; i < mentions.Count; i++)
        {
            // Names listed together ("Ada, Bo and Cy") are one slot.
            var group = new List<Mention> { mentions[i] };
            while (i + 1 < mentions.Count && IsEntity(mentions[i]) && SameKind(mentions[i], mentions[i + 1]) && Joined(reading, mentions[i], mentions[i + 1]))
            {
                group.Add(mentions[++i]);
            }

            slots.Add(Slot(group, reading, names, used));
        }

        return slots;
    }

    private static JsonObject Slot(List<Mention> group, ClaimReading reading, NewEntities names, Dictionary<string, int> used)
    {
        var first = group[0];
        var (type, values) = first.Kind switch
        {
            MentionKind.Year => ("year", group.Select(m => (JsonNode)m.Year!.Value).ToArray()),
            MentionKind.Period => ("period", group.Select(m => (JsonNode)new JsonObject { ["year"] = m.Year!.Value, ["part"] = m.Part.ToString().ToLowerInvariant() }).ToArray()),
            MentionKind.Money => ("money", group.Select(m => (JsonNode)new JsonObject { ["amount"] = m.Amount!.Value, ["currency"] = m.Currency ?? Todo + "the currency (USD, EUR…)" }).ToArray()),
            MentionKind.Entity => (first.Entity!.Type.ToString().ToLowerInvariant(), group.Select(m => (JsonNode)m.Entity!.Id).ToArray()),
            _ => ((string?)null, group.Select(m => (JsonNode)names.Add(Surface(reading, m))).ToArray()),
        };

        var name = type ?? "entity";
        used[name] = used.GetValueOrDefault(name) + 1;
        var (en, fr) = AuthoringData.SlotLabel(type ?? "unknown");
        var slot = new JsonObject
        {
            ["name"] = used[name] == 1 ? name : $"{name}-{used[name]}",
            ["type"] = type ?? Todo + "the type of " + string.Join(", ", values.Select(v => $"'{v}'")) + " (person, organisation, role, product, place), as in \"entities\"",
        };
        if (IsEntity(first))
        {
            slot["match"] = Todo + (group.Count > 1 ? "partial (a list), or key, exclusive, optional" : "key, exclusive, partial or optional");
            slot["role"] = Todo + "agent, patient or none (which side of the relation)";
        }
        else
        {
            // A date or an amount has one true value.
            slot["match"] = "exclusive";
        }

        slot["values"] = new JsonArray(values);
        slot["label"] = new JsonObject { ["en"] = en, ["fr"] = fr };
        return slot;
    }

    private static bool IsEntity(Mention m) => m.Kind is MentionKind.Entity or MentionKind.UnknownName;

    private static bool SameKind(Mention a, Mention b) =>
        a.Kind == b.Kind && (a.Kind == MentionKind.UnknownName || a.Entity?.Type == b.Entity?.Type);

    private static bool Joined(ClaimReading reading, Mention a, Mention b) =>
        b.Start > a.End && Enumerable.Range(a.End, b.Start - a.End).All(k => ListJoiners.Contains(reading.Tokens[k].Text));

    private static string Surface(ClaimReading reading, Mention m) => string.Join(' ', reading.Tokens.Skip(m.Start).Take(m.End - m.Start).Select(t => t.Surface));

    // The first content words of the sentence, as an id no other record of the draft has.
    private static string UniqueId(string sentence, HashSet<string> ids)
    {
        var words = Tokenizer.Tokenize(sentence).Where(t => !t.IsSymbol && !LanguageWords.English.Contains(t.Text) && !LanguageWords.French.Contains(t.Text))
            .Select(t => NewEntities.Slug(t.Text)).Where(w => w.Length > 0).Take(6);
        var id = string.Join('-', words);
        id = id.Length == 0 ? "fact" : id[..Math.Min(id.Length, 60)].TrimEnd('-');
        var unique = id;
        for (var n = 2; !ids.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
        }

        return unique;
    }
}
