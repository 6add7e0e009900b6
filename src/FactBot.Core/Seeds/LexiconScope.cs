using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Seeds;

/// <summary>
/// The lexicon entries one scope defines — the shared files together, or one article file — resolved into term
/// groups. An entry's <c>base</c> names entries of its own scope that have no base themselves, or entries of the
/// enclosing (shared) scope, already resolved; it copies their words, not their antonyms. <c>antonyms.base</c> does
/// the same for the antonyms: the words of the entries it names state the opposite ("failure" words for an attempt).
/// </summary>
internal sealed class LexiconScope
{
    private readonly Dictionary<string, (SeedTerms Terms, string File)> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TermGroup> groups = new(StringComparer.Ordinal);
    private readonly LexiconScope? outer;
    private readonly List<string> errors;

    public LexiconScope(List<string> errors, LexiconScope? outer = null)
    {
        this.errors = errors;
        this.outer = outer;
    }

    /// <summary>Entries of this scope that another entry of it names as its base.</summary>
    public HashSet<string> UsedAsBase { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds the entries of one file; an id this scope or the enclosing one already has is an error naming both files.</summary>
    public void Add(string file, IReadOnlyDictionary<string, SeedTerms>? lexicon)
    {
        foreach (var (id, terms) in lexicon ?? new Dictionary<string, SeedTerms>())
        {
            if (outer?.Where(id) is { } shared)
            {
                Error(file, id, $"'{id}' is already defined in {shared} (lexicon.{id}): use it by id, or extend it under another id with \"base\": \"{id}\"");
            }
            else if (!entries.TryAdd(id, (terms, file)))
            {
                Error(file, id, $"'{id}' is defined twice: also in {entries[id].File} (lexicon.{id})");
            }
        }
    }

    public void Resolve()
    {
        foreach (var (id, (terms, file)) in entries)
        {
            var words = Inherit(id, file, terms, ".base");
            var antonyms = Inherit(id, file, terms.Antonyms, ".antonyms.base");
            var converses = Inherit(id, file, terms.Converses, ".converses.base");
            var withAmount = Inherit(id, file, terms.WithAmount, ".withAmount.base");
            if (words is null || antonyms is null || converses is null || withAmount is null)
            {
                continue;
            }

            words = new TermSet(words.En.Concat(withAmount.En).Distinct().ToArray(), words.Fr.Concat(withAmount.Fr).Distinct().ToArray());
            if (words.IsEmpty)
            {
                Error(file, id, "needs at least one English or French term");
                continue;
            }

            // Matched against a claim's folded tokens, one word each.
            groups[id] = new TermGroup(id, words, antonyms) { Converses = Folded(converses), WithAmount = Folded(withAmount), ImpliedByPast = terms.ImpliedByPast };
        }
    }

    /// <summary>The term group of <paramref name="id"/>, from this scope or the enclosing one.</summary>
    public TermGroup? Find(string id) => groups.GetValueOrDefault(id) ?? outer?.Find(id);

    public bool Defines(string id) => entries.ContainsKey(id);

    private string? Where(string id) => entries.TryGetValue(id, out var entry) ? entry.File : outer?.Where(id);

    // The words of the entries "base" names, then the entry's own; null when a base is wrong.
    private TermSet? Inherit(string id, string file, SeedTerms? terms, string path)
    {
        var en = new List<string>();
        var fr = new List<string>();
        var ok = true;
        foreach (var baseId in terms?.Base ?? [])
        {
            if (Base(baseId, id) is { } inherited)
            {
                en.AddRange(inherited.En);
                fr.AddRange(inherited.Fr);
            }
            else
            {
                Error(file, id + path, $"'{baseId}' must name a lexicon entry of this file that has no base itself, or one of seeds/shared");
                ok = false;
            }
        }

        var own = ToTermSet(terms);
        return ok ? new TermSet(en.Concat(own.En).Distinct().ToArray(), fr.Concat(own.Fr).Distinct().ToArray()) : null;
    }

    private TermSet? Base(string baseId, string id)
    {
        if (baseId == id)
        {
            return null;
        }

        if (entries.TryGetValue(baseId, out var local))
        {
            if (local.Terms.Base is { Count: > 0 })
            {
                return null;
            }

            UsedAsBase.Add(baseId);
            return ToTermSet(local.Terms);
        }

        return outer?.Find(baseId)?.Terms;
    }

    // As a claim's words read: folded, elisions expanded, one space between words ("s'en fiche" → "se en fiche").
    private static TermSet Folded(TermSet terms) => new(terms.En.Select(Words).ToArray(), terms.Fr.Select(Words).ToArray());

    private static string Words(string phrase) => string.Join(' ', Tokenizer.Tokenize(phrase).Where(t => !t.IsSymbol).Select(t => t.Text));

    public static TermSet ToTermSet(SeedTerms? terms) => terms is null
        ? TermSet.Empty
        : new TermSet(Clean(terms.En), Clean(terms.Fr));

    private static string[] Clean(IReadOnlyList<string>? terms) =>
        (terms ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().ToArray();

    private void Error(string file, string path, string message) => errors.Add($"{file}: lexicon.{path}: {message}");
}
