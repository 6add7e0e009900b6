using System.Collections.Frozen;
using FactBot.Core.Facts;
using FactBot.Core.Reading;
using FactBot.Core.Store;
using FactBot.Core.Text;

namespace FactBot.Core.Retrieval;

/// <summary>
/// Inverted indexes over a snapshot: stemmed relation and context terms (English and French) to the records that
/// use them, entity aliases (of the records' entities and of the snapshot's known entities) to entities, entities to
/// records. Built once per snapshot; read-only afterwards.
/// </summary>
internal sealed class FactIndex
{
    private readonly Dictionary<string, List<TermUse>> english = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TermUse>> french = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> recordsByEntity = new(StringComparer.Ordinal);

    // Records share lexicon entries and entities: each term and alias is analysed once.
    private readonly Dictionary<(string Term, Language Language), string?> termKeys = [];
    private readonly HashSet<string> indexedEntities = new(StringComparer.Ordinal);

    public FactIndex(FactSnapshot snapshot, IStemmer stemmer)
    {
        Snapshot = snapshot;
        Records = snapshot.Facts;
        Stems = new StemCache(stemmer);
        for (var r = 0; r < Records.Count; r++)
        {
            var record = Records[r];
            for (var g = 0; g < record.Relation.Count; g++)
            {
                AddTerms(record.Relation[g].Terms, new TermUse(r, g, TermUseKind.Term));
                AddTerms(record.Relation[g].Antonyms, new TermUse(r, g, TermUseKind.Antonym));
            }

            AddTerms(record.Context, new TermUse(r, -1, TermUseKind.Context));
            foreach (var entity in record.Entities)
            {
                AddAliases(entity);
                if (!recordsByEntity.TryGetValue(entity.Id, out var list))
                {
                    recordsByEntity[entity.Id] = list = [];
                }

                list.Add(r);
            }
        }

        // Entities no record names (a library of well-known names) are still names: a claim naming one names
        // someone or something else, not an unknown word.
        foreach (var entity in snapshot.KnownEntities)
        {
            AddAliases(entity);
        }

        for (var r = 0; r < Records.Count; r++)
        {
            AddOwnWords(Records[r], r);
        }

        EnglishTerms = english.ToFrozenDictionary(kv => kv.Key, kv => (IReadOnlyList<TermUse>)kv.Value.Distinct().ToArray(), StringComparer.Ordinal);
        FrenchTerms = french.ToFrozenDictionary(kv => kv.Key, kv => (IReadOnlyList<TermUse>)kv.Value.Distinct().ToArray(), StringComparer.Ordinal);
        Aliases = aliases.ToFrozenDictionary(StringComparer.Ordinal);
        Facets = Records.Select(RecordFacets.Of).ToArray();
        RecordsByEntity = recordsByEntity.ToFrozenDictionary(kv => kv.Key, kv => (IReadOnlyList<int>)kv.Value.Distinct().ToArray(), StringComparer.Ordinal);
    }

    public FactSnapshot Snapshot { get; }

    public IReadOnlyList<FactRecord> Records { get; }

    public StemCache Stems { get; }

    public FrozenDictionary<string, IReadOnlyList<TermUse>> EnglishTerms { get; }

    public FrozenDictionary<string, IReadOnlyList<TermUse>> FrenchTerms { get; }

    public FrozenDictionary<string, Entity> Aliases { get; }

    public IReadOnlyList<RecordFacets> Facets { get; }

    public FrozenDictionary<string, IReadOnlyList<int>> RecordsByEntity { get; }

    public int MaxTermTokens { get; private set; } = 1;

    public int MaxAliasTokens { get; private set; } = 1;

    // A record accounts for the words of its own sentence and summaries: a claim that paraphrases them says nothing
    // the record does not. Words that express another relation ("dirige" in a founding sentence) stay that
    // relation's: they are not context, or the founding would explain a claim about who runs the company.
    private void AddOwnWords(FactRecord record, int r)
    {
        var use = new TermUse(r, -1, TermUseKind.Context);
        var texts = new (string? Text, Language Language)[]
        {
            (record.Sentence, record.Source.Language), (record.Summary.En, Language.English), (record.Summary.Fr, Language.French),
            (record.Attribution?.En, Language.English), (record.Attribution?.Fr, Language.French),
            (record.Hedge?.En, Language.English), (record.Hedge?.Fr, Language.French),
        };
        foreach (var (text, language) in texts)
        {
            foreach (var token in Tokenizer.Tokenize(text ?? string.Empty))
            {
                if (token.IsSymbol || token.IsNumber || LanguageWords.English.Contains(token.Text) || LanguageWords.French.Contains(token.Text))
                {
                    continue;
                }

                var dictionary = language == Language.French ? french : english;
                var key = language == Language.French ? Stems.Stems(token).Fr : Stems.Stems(token).En;
                if (!dictionary.TryGetValue(key, out var uses))
                {
                    dictionary[key] = uses = [];
                }

                if (!uses.Any(u => u.Kind != TermUseKind.Context && u.Record != r))
                {
                    uses.Add(use);
                }
            }
        }
    }

    private void AddAliases(Entity entity)
    {
        foreach (var alias in indexedEntities.Add(entity.Id) ? entity.Aliases : [])
        {
            if (AliasKey.Of(alias, out var words) is { } key)
            {
                aliases.TryAdd(key, entity);
                MaxAliasTokens = Math.Max(MaxAliasTokens, words);
            }
        }
    }

    private void AddTerms(TermSet terms, TermUse use)
    {
        foreach (var (term, language) in terms.All)
        {
            if (!termKeys.TryGetValue((term, language), out var key))
            {
                termKeys[(term, language)] = key = TermKey(term, language);
            }

            if (key is null)
            {
                continue;
            }

            var dictionary = language == Language.French ? french : english;
            if (!dictionary.TryGetValue(key, out var uses))
            {
                dictionary[key] = uses = [];
            }

            uses.Add(use);
        }
    }

    private string? TermKey(string term, Language language)
    {
        var tokens = Tokenizer.Tokenize(term).Where(t => !t.IsSymbol || t.Text is "$" or "%").ToArray();

        // A term of function words alone ("in", "né" folded to "ne") would fire on any sentence.
        if (tokens.Length == 0 || tokens.All(t => LanguageWords.English.Contains(t.Text) || LanguageWords.French.Contains(t.Text)))
        {
            return null;
        }

        MaxTermTokens = Math.Max(MaxTermTokens, tokens.Length);
        return Tokenizer.Compact(tokens.Select(t => language == Language.French ? Stems.Stems(t).Fr : Stems.Stems(t).En));
    }
}
