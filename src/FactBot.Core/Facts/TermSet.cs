namespace FactBot.Core.Facts;

/// <summary>Words or phrases, in English and in French, that express one idea.</summary>
public sealed record TermSet(IReadOnlyList<string> En, IReadOnlyList<string> Fr)
{
    public static TermSet Empty { get; } = new([], []);

    public IEnumerable<(string Term, Language Language)> All =>
        En.Select(t => (t, Language.English)).Concat(Fr.Select(t => (t, Language.French)));

    public bool IsEmpty => En.Count == 0 && Fr.Count == 0;
}
