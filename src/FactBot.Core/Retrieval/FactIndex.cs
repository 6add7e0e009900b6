using System.Collections.Frozen;
using FactBot.Core.Facts;
using FactBot.Core.Reading;
using FactBot.Core.Store;
using FactBot.Core.Text;
using FactBot.Core.Text.Spelling;

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

    // Each claim word asks the same lookups of every claim it is in: they are answered once per word (bounded).
    private readonly WordMemo<WordFacts> words = new();

    // Records share lexicon entries and entities: each term and alias is analysed once.
    private readonly Dictionary<(string Term, Language Language), string[]> termKeys = [];
    private readonly Dictionary<string, int> termWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> indexedEntities = new(StringComparer.Ordinal);

    // Whether a name may start with a word: most claim words start none, and their runs need no alias lookups.
    private readonly TermPrefixes aliasPrefixes;

    public FactIndex(FactSnapshot snapshot, IStemmer stemmer)
    {
        // The spelling corrector needs the general word lists only at the end: they load meanwhile.
        WordList.LoadInBackground();
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
        TermWords = termWords.ToFrozenDictionary(StringComparer.Ordinal);
        EnglishPrefixes = new TermPrefixes(english.Keys);
        FrenchPrefixes = new TermPrefixes(french.Keys);
        Aliases = aliases.ToFrozenDictionary(StringComparer.Ordinal);
        aliasPrefixes = new TermPrefixes(aliases.Keys);
        Facets = Records.Select(RecordFacets.Of).ToArray();
        Series = SeriesOf(Records);
        PastImplied = [.. Records.Select(r => Enumerable.Range(0, Math.Min(r.Relation.Count, 64))
            .Where(g => r.Relation[g].ImpliedByPast).Aggregate(0UL, (mask, g) => mask | (1UL << g)))];
        Topic = TopicOf(Records);
        Spelling = new SpellingCorrector(Vocabulary(Records).Concat(snapshot.KnownEntities.SelectMany(e => e.Aliases.Append(e.Name)).SelectMany(a => Tokenizer.Tokenize(a)).Where(t => !t.IsSymbol && !t.IsNumber).Select(t => t.Text)), stemmer: stemmer);
        RecordsByEntity = recordsByEntity.ToFrozenDictionary(kv => kv.Key, kv => (IReadOnlyList<int>)kv.Value.Distinct().ToArray(), StringComparer.Ordinal);
    }

    public FactSnapshot Snapshot { get; }

    public IReadOnlyList<FactRecord> Records { get; }

    /// <summary>For each record, a bit per relation group a clause in the past tense implies (<see cref="TermGroup.ImpliedByPast"/>).</summary>
    public IReadOnlyList<ulong> PastImplied { get; }

    public StemCache Stems { get; }

    public FrozenDictionary<string, IReadOnlyList<TermUse>> EnglishTerms { get; }

    public FrozenDictionary<string, IReadOnlyList<TermUse>> FrenchTerms { get; }

    /// <summary>
    /// For each term key, the most words a term filed under it is written with: "pas ses" spells the key of "passé"
    /// only by joining a function word to its neighbour, in more words than any term of the key has.
    /// </summary>
    public FrozenDictionary<string, int> TermWords { get; }

    /// <summary>Whether a run of stems may still grow into an English term.</summary>
    public TermPrefixes EnglishPrefixes { get; }

    /// <summary>Whether a run of stems may still grow into a French term.</summary>
    public TermPrefixes FrenchPrefixes { get; }

    public FrozenDictionary<string, Entity> Aliases { get; }

    public IReadOnlyList<RecordFacets> Facets { get; }

    public FrozenDictionary<string, IReadOnlyList<int>> RecordsByEntity { get; }

    /// <summary>
    /// For each record, the records of the same kind of event between the same parties (Acme's two investments in
    /// Initech): same relation, same key values. Empty when the record is alone of its kind.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>> Series { get; }

    /// <summary>
    /// What the articles are about: the entity that is a key party of at least a third of the records. A clause that
    /// names no one ("the goal was to share research") is read as being about it.
    /// </summary>
    public Entity? Topic { get; }

    /// <summary>Reads misspellings of the words the records use (names, relation and context words, their sentences).</summary>
    public SpellingCorrector Spelling { get; }

    public int MaxTermTokens { get; private set; } = 1;

    public int MaxAliasTokens { get; private set; } = 1;

    /// <summary>The index's facts about one token of a claim (a symbol's stems are itself).</summary>
    public WordFacts Facts(Token token)
    {
        if (token.IsSymbol)
        {
            return FactsOf(token, (token.Text, token.Text, token.Text));
        }

        var facts = words.Get(token.Accented, (token, index: this), static (_, state) => state.index.FactsOf(state.token, state.index.Stems.Stems(state.token)));

        // The folded word follows from the accented one; a token that says otherwise is read on its own.
        return string.Equals(facts.Text, token.Text, StringComparison.Ordinal) ? facts : FactsOf(token, Stems.Stems(token));
    }

    private WordFacts FactsOf(Token token, (string En, string Fr, string FrPlain) stems)
    {
        var english = EnglishTerms.GetValueOrDefault(stems.En);
        var french = FrenchTerms.GetValueOrDefault(stems.Fr)
            ?? (!string.Equals(stems.FrPlain, stems.Fr, StringComparison.Ordinal) ? FrenchTerms.GetValueOrDefault(stems.FrPlain) : null);
        var grows = (EnglishPrefixes.HasLonger(stems.En), FrenchPrefixes.HasLonger(stems.Fr), FrenchPrefixes.HasLonger(stems.FrPlain));
        var function = LanguageWords.English.Contains(token.Text) || LanguageWords.French.Contains(token.Text);
        var mayName = aliasPrefixes.HasLonger(token.Text) || Aliases.ContainsKey(token.Text);
        return new WordFacts(token.Text, stems, english, french, grows, function) { MayStartName = mayName };
    }

    private static Entity? TopicOf(IReadOnlyList<FactRecord> records)
    {
        var keys = records.SelectMany(r => r.Slots.Where(s => s.Match == SlotMatch.Key).SelectMany(s => s.Values).Select(v => v.Entity).OfType<string>().Distinct())
            .GroupBy(id => id, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return keys.Id is not null && keys.Count * 3 >= records.Count
            ? records.SelectMany(r => r.Entities).First(e => e.Id == keys.Id)
            : null;
    }

    private static IEnumerable<string> Vocabulary(IReadOnlyList<FactRecord> records)
    {
        var texts = records.SelectMany(r => r.Entities.SelectMany(e => e.Aliases.Append(e.Name))
            .Concat(r.Relation.SelectMany(g => g.Terms.En.Concat(g.Terms.Fr).Concat(g.Antonyms.En).Concat(g.Antonyms.Fr)))
            .Concat(r.Context.En).Concat(r.Context.Fr)
            .Append(r.Sentence).Append(r.Summary.En).Append(r.Summary.Fr));
        return texts.Concat(LanguageData.AllWords).Distinct(StringComparer.Ordinal)
            .SelectMany(t => Tokenizer.Tokenize(t))
            .Where(t => !t.IsSymbol && !t.IsNumber)
            .Select(t => t.Text)
            .Distinct(StringComparer.Ordinal);
    }

    private static IReadOnlyList<int>[] SeriesOf(IReadOnlyList<FactRecord> records)
    {
        static string Kind(FactRecord r) => string.Join('|', r.Relation.Select(g => g.Id))
            + "#" + string.Join('|', r.Slots.Where(s => s.Match == SlotMatch.Key).OrderBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => s.Name + "=" + string.Join(',', s.Values.Select(v => v.Entity ?? v.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
            + "#" + string.Join('|', r.Slots.Where(s => s.Match != SlotMatch.Key).Select(s => s.Type).Order());
        var groups = Enumerable.Range(0, records.Count).GroupBy(r => Kind(records[r]), StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.ToArray(), StringComparer.Ordinal);
        return Enumerable.Range(0, records.Count).Select(r => groups[Kind(records[r])] is { Count: > 1 } series ? series : []).ToArray();
    }

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
                // Names are the slots' business: as context words they would hide an unknown name ("Nimbus-3").
                if (token.IsSymbol || token.IsNumber || token.Capitalized
                    || ((LanguageWords.English.Contains(token.Text) || LanguageWords.French.Contains(token.Text)) && !LanguageWords.Connectives.Contains(token.Text)))
                {
                    continue;
                }

                var dictionary = language == Language.French ? french : english;
                var stems = Stems.Stems(token);

                // Claims are looked up in both languages: a word another record reads, in either, as the opposite of
                // its relation ("profit" against "nonprofit") is that record's, not a paraphrase this one explains.
                if (IsOthersAntonym(english, stems.En, r) || IsOthersAntonym(french, stems.Fr, r) || IsOthersAntonym(french, stems.FrPlain, r))
                {
                    continue;
                }

                foreach (var key in language == Language.French ? [stems.Fr, stems.FrPlain] : new[] { stems.En })
                {
                    if (!dictionary.TryGetValue(key, out var uses))
                    {
                        dictionary[key] = uses = [];
                    }

                    if (!uses.Any(u => u.Kind != TermUseKind.Context && u.Record != r) && !uses.Contains(use))
                    {
                        uses.Add(use);
                    }
                }
            }
        }
    }

    private static bool IsOthersAntonym(Dictionary<string, List<TermUse>> dictionary, string key, int r) =>
        dictionary.TryGetValue(key, out var uses) && uses.Exists(u => u.Kind == TermUseKind.Antonym && u.Record != r);

    private void AddAliases(Entity entity)
    {
        foreach (var alias in indexedEntities.Add(entity.Id) ? entity.Aliases : [])
        {
            if (AliasKey.Of(alias, out var words) is { } key)
            {
                aliases.TryAdd(key, entity);
                MaxAliasTokens = Math.Max(MaxAliasTokens, words);
            }

            // "the Nimbus maker" is also "Nimbus maker Acme"; a one-word rest ("the company") stays with its article.
            var tokens = Tokenizer.Tokenize(alias).Where(t => !t.IsSymbol).Select(t => t.Text).ToArray();
            if (tokens.Length >= 3 && tokens[0] is "the" or "le" or "la" or "les")
            {
                aliases.TryAdd(Tokenizer.Compact(tokens.Skip(1)), entity);
            }
        }
    }

    private void AddTerms(TermSet terms, TermUse use)
    {
        foreach (var (term, language) in terms.All)
        {
            if (!termKeys.TryGetValue((term, language), out var keys))
            {
                termKeys[(term, language)] = keys = TermKeys(term, language);
            }

            var dictionary = language == Language.French ? french : english;
            foreach (var key in keys)
            {
                if (!dictionary.TryGetValue(key, out var uses))
                {
                    dictionary[key] = uses = [];
                }

                uses.Add(use);
            }
        }
    }

    // The compact stems of a term (TermKey); the longest term sets how far the reader looks ahead.
    private string[] TermKeys(string term, Language language)
    {
        var keys = TermKey.Of(term, language, Stems, out var words);
        if (keys.Length > 0)
        {
            MaxTermTokens = Math.Max(MaxTermTokens, words);
        }

        foreach (var key in keys)
        {
            termWords[key] = Math.Max(termWords.GetValueOrDefault(key), words);
        }

        return keys;
    }
}
