using FactBot.Core.Checking;
using FactBot.Core.Seeds;
using FactBot.Core.Store;
using FactBot.Core.Text;

namespace FactBot.Cli.Authoring;

/// <summary>
/// What a seeds folder covers: the sentences of each article that no record quotes, and the records that no
/// labelled claim's answer quotes as its evidence (so no test exercises them).
/// </summary>
internal sealed class SeedCoverage(SeedFolder folder, SeedSet seeds, IStemmer stemmer)
{
    /// <summary>Per article file, its content sentences and those no record of it quotes.</summary>
    public IEnumerable<(string File, int Sentences, IReadOnlyList<ArticleSentence> Uncovered)> Sentences()
    {
        foreach (var (name, file) in folder.Articles)
        {
            if (folder.ArticleOf(file) is not { } text || file.Source?.File is not { } articleName)
            {
                continue;
            }

            var quoted = (file.Facts ?? []).Select(f => Normalize(f.Sentence ?? "")).Where(s => s.Length > 0).ToArray();
            var sentences = ArticleText.Read(text, file.Source.NotContent ?? []).Sentences;
            var uncovered = sentences.Where(s => !quoted.Any(q => q.Contains(Normalize(s.Text), StringComparison.Ordinal) || Normalize(s.Text).Contains(q, StringComparison.Ordinal))).ToArray();
            yield return (articleName, sentences.Count, uncovered);
        }
    }

    /// <summary>How many answers to <paramref name="claims"/> quote each record (as evidence, or as one side of a disagreement).</summary>
    public Dictionary<string, int> Evidence(IEnumerable<string> claims)
    {
        var engine = new ClaimEngine(FactSnapshot.Create(seeds.Facts, seeds.KnownEntities), stemmer);
        var counts = seeds.Facts.ToDictionary(f => f.Id, _ => 0, StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            var result = engine.Check(claim);
            foreach (var id in result.Conflicting.Select(c => c.FactId).Append(result.Evidence?.FactId).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                counts[id]++;
            }
        }

        return counts;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
