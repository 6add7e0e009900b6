using FactBot.Core.Facts;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;
using FactBot.Core.Seeds;
using FactBot.Core.Store;
using FactBot.Core.Text;

namespace FactBot.Cli.Authoring;

/// <summary>
/// What a valid seeds folder could do without: terms the stemmer already covers, shared lexicon entries no article
/// uses, records whose relation words no labelled claim uses (so no test would notice if they broke).
/// </summary>
internal sealed class SeedLint(SeedFolder folder, IStemmer stemmer)
{
    private readonly StemCache stems = new(stemmer);

    /// <summary>Every list of terms of every file whose entries the stemmer reads as one ("invested" beside "invest").</summary>
    public IEnumerable<LintFinding> StemmedTerms()
    {
        foreach (var (name, file) in folder.Shared)
        {
            foreach (var finding in Lexicon(name, file.Lexicon))
            {
                yield return finding;
            }
        }

        foreach (var (name, file) in folder.Articles)
        {
            foreach (var finding in Lexicon(name, file.Lexicon))
            {
                yield return finding;
            }

            var facts = file.Facts ?? [];
            for (var i = 0; i < facts.Count; i++)
            {
                foreach (var finding in Terms(name, $"facts[{i}].context", facts[i].Context))
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>Shared lexicon entries that no article's fact names, directly or through an entry based on them.</summary>
    public IEnumerable<LintFinding> UnusedSharedEntries()
    {
        var shared = folder.Shared.SelectMany(f => (f.File.Lexicon ?? new Dictionary<string, SeedTerms>()).Select(e => (f.Name, Id: e.Key, Terms: e.Value)))
            .GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (var (_, file) in folder.Articles)
        {
            // An article's own entries lead to the shared entries they are based on.
            var own = file.Lexicon ?? new Dictionary<string, SeedTerms>();
            var local = new Stack<string>((file.Facts ?? []).SelectMany(f => f.Relation ?? []));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (local.TryPop(out var id))
            {
                if (!seen.Add(id))
                {
                    continue;
                }

                if (own.TryGetValue(id, out var terms))
                {
                    Bases(terms).Concat(Bases(terms.Antonyms)).ToList().ForEach(local.Push);
                }
                else
                {
                    pending.Push(id);
                }
            }
        }

        while (pending.TryPop(out var id))
        {
            if (used.Add(id) && shared.TryGetValue(id, out var entry))
            {
                foreach (var b in Bases(entry.Terms).Concat(Bases(entry.Terms.Antonyms)))
                {
                    pending.Push(b);
                }
            }
        }

        return shared.Values.Where(e => !used.Contains(e.Id)).OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new LintFinding(LintKind.Unused, $"{e.Name}: lexicon.{e.Id}", "no article's fact uses it, not even through a base"));
    }

    /// <summary>Records none of whose labelled claims uses every part of its relation (a term or an antonym of each entry).</summary>
    public IEnumerable<LintFinding> UnclaimedRecords(SeedSet seeds, IEnumerable<string> claims)
    {
        var index = new FactIndex(FactSnapshot.Create(seeds.Facts, seeds.KnownEntities), stemmer);
        var reader = new ClaimReader(index);
        var claimed = new HashSet<int>();
        foreach (var claim in claims)
        {
            var groups = new Dictionary<int, HashSet<int>>();
            foreach (var use in reader.Read(claim).Terms.SelectMany(t => t.Uses).Where(u => u.Kind != TermUseKind.Context))
            {
                if (!groups.TryGetValue(use.Record, out var seen))
                {
                    groups[use.Record] = seen = [];
                }

                seen.Add(use.Group);
            }

            claimed.UnionWith(groups.Where(g => g.Value.Count == index.Records[g.Key].Relation.Count).Select(g => g.Key));
        }

        var places = Places();
        for (var r = 0; r < index.Records.Count; r++)
        {
            if (!claimed.Contains(r))
            {
                var record = index.Records[r];
                yield return new LintFinding(
                    LintKind.Unclaimed,
                    places.GetValueOrDefault(record.Id, record.Id),
                    $"no labelled claim uses the relation words of '{record.Id}' ({string.Join(" + ", record.Relation.Select(g => g.Id))})");
            }
        }
    }

    private static IEnumerable<string> Bases(SeedTerms? terms) => terms?.Base ?? [];

    // Where each fact is written: "000_x.facts.json: facts[3]".
    private Dictionary<string, string> Places()
    {
        var places = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, file) in folder.Articles)
        {
            var facts = file.Facts ?? [];
            for (var i = 0; i < facts.Count; i++)
            {
                if (facts[i].Id is { } id)
                {
                    places.TryAdd(id, $"{name}: facts[{i}]");
                }
            }
        }

        return places;
    }

    private IEnumerable<LintFinding> Lexicon(string name, IReadOnlyDictionary<string, SeedTerms>? lexicon)
    {
        foreach (var (id, terms) in lexicon ?? new Dictionary<string, SeedTerms>())
        {
            foreach (var finding in Terms(name, $"lexicon.{id}", terms).Concat(Terms(name, $"lexicon.{id}.antonyms", terms.Antonyms)))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<LintFinding> Terms(string name, string path, SeedTerms? terms)
    {
        foreach (var (list, language, code) in new[] { (terms?.En, Language.English, "en"), (terms?.Fr, Language.French, "fr") })
        {
            if (Covered(list ?? [], language) is { Count: > 0 } covered)
            {
                yield return new LintFinding(
                    LintKind.Stemmed,
                    $"{name}: {path}.{code}",
                    $"{covered.Count} term(s) the stemmer already reads as another of the list: {string.Join(", ", covered.Select(c => $"'{c.Term}' (as '{c.By}')"))}");
            }
        }
    }

    // A term is covered when another term of the list has all its keys: the same stems, so the same postings. Of two
    // terms with the same keys, the first stays.
    private List<(string Term, string By)> Covered(IReadOnlyList<string> terms, Language language)
    {
        var keys = terms.Select(t => TermKey.Of(t, language, stems, out _).ToHashSet(StringComparer.Ordinal)).ToArray();
        var covered = new List<(string, string)>();
        for (var i = 0; i < terms.Count; i++)
        {
            if (keys[i].Count == 0)
            {
                continue;
            }

            for (var j = 0; j < terms.Count; j++)
            {
                if (j != i && terms[j] != terms[i] && keys[i].IsSubsetOf(keys[j]) && (j < i || !keys[j].SetEquals(keys[i])))
                {
                    covered.Add((terms[i], terms[j]));
                    break;
                }
            }
        }

        return covered;
    }
}
