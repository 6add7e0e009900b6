using System.Diagnostics;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using F23.StringSimilarity;
using FactBot.Core.Text.Spelling;
using Lucene.Net.Util.Automaton;

namespace FactBot.Benchmarks;

/// <summary>
/// <see cref="SpellingCorrector"/> over a 10,000-word vocabulary (every 59th English and French general word, so real
/// lengths and spellings): building it, and looking up typos that correct, unknown tokens that don't, real words and
/// vocabulary words, each without the cache (per lookup), and a repeating mix with it. GlobalSetup prints the word
/// lists' load time and the heap the lists and the corrector retain. The last two compare the distance libraries
/// considered: F23.StringSimilarity's optimal string alignment for one (token, word) pair, which the corrector uses,
/// and Lucene.Net's Levenshtein automata with transpositions (distance 1 and 2) built for one token.
/// </summary>
[MemoryDiagnoser]
public class SpellingBenchmarks
{
    private const int Lookups = 64;

    private string[] vocabulary = [];
    private SpellingCorrector uncached = null!;
    private SpellingCorrector cached = null!;
    private string[] typos = [];
    private string[] unknown = [];
    private string[] realWords = [];
    private string[] known = [];
    private string[] mix = [];

    [GlobalSetup]
    public void Setup()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var lists = new[] { WordList.English, WordList.French };
        var load = clock.Elapsed;
        var afterLists = GC.GetTotalMemory(forceFullCollection: true);

        var general = GeneralWords("words-en.txt.gz").Concat(GeneralWords("words-fr.txt.gz")).Where(w => w.Length >= 3).ToArray();
        vocabulary = [.. general.Where((_, i) => i % 59 == 0).Take(10_000)];
        var inVocabulary = vocabulary.ToHashSet(StringComparer.Ordinal);

        var beforeCorrector = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        uncached = new SpellingCorrector(vocabulary, SpellingOptions.Default with { CacheSize = 0 });
        var build = clock.Elapsed;
        var afterCorrector = GC.GetTotalMemory(forceFullCollection: true);
        cached = new SpellingCorrector(vocabulary);

        typos = [.. vocabulary.Where(w => w.Length >= 6).Select(w => Swap(w, 2)).Where(t => uncached.TryCorrect(t, out _)).Take(Lookups)];
        var random = new Random(7);
        unknown = [.. Enumerable.Range(0, 10 * Lookups).Select(_ => RandomWord(random)).Where(t => !lists.Any(l => l.Contains(t)) && !uncached.TryCorrect(t, out _)).Take(Lookups)];
        realWords = [.. general.Where((w, i) => i % 61 == 0 && w.Length >= 5 && !inVocabulary.Contains(w)).Take(Lookups)];
        known = [.. vocabulary.Where(w => w.Length >= 5).Take(Lookups)];
        mix = [.. typos.Take(16), .. unknown.Take(16), .. realWords.Take(16), .. known.Take(16)];

        Console.WriteLine($"// word lists: {lists.Sum(l => l.Count)} words, {lists.Sum(l => l.Bytes) / 1024.0 / 1024.0:0.0} MiB of letters, "
            + $"loaded in {load.TotalMilliseconds:0} ms; heap retained {(afterLists - before) / 1024.0 / 1024.0:0.0} MiB");
        Console.WriteLine($"// corrector: {vocabulary.Length} words ({uncached.TargetCount} correctable), built in {build.TotalMilliseconds:0} ms "
            + $"(first, cold); deletion index {uncached.IndexBytes / 1024.0 / 1024.0:0.0} MiB; heap retained {(afterCorrector - beforeCorrector) / 1024.0 / 1024.0:0.0} MiB");
        Console.WriteLine($"// lookups: {typos.Length} typos (e.g. {string.Join(", ", typos.Take(3).Select(t => $"{t}→{Corrected(t)}"))}), "
            + $"{unknown.Length} unknown (e.g. {string.Join(", ", unknown.Take(3))}), {realWords.Length} real words, {known.Length} vocabulary words");
    }

    [Benchmark]
    public int Build10kWords() => new SpellingCorrector(vocabulary).TargetCount;

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int TypoCorrected() => Run(uncached, typos);

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int UnknownNotCorrected() => Run(uncached, unknown);

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int RealWordLeftAlone() => Run(uncached, realWords);

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int VocabularyWord() => Run(uncached, known);

    /// <summary>The four kinds repeating, as chat does, with the default cache of recent answers.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int MixWithCache() => Run(cached, mix);

    [Benchmark(OperationsPerInvoke = Lookups)]
    public double OsaDistancePerPair()
    {
        var osa = new OptimalStringAlignment();
        var sum = 0.0;
        for (var i = 0; i < typos.Length; i++)
        {
            sum += osa.Distance(typos[i], known[i]);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int LuceneAutomataPerToken()
    {
        var accepted = 0;
        foreach (var typo in typos)
        {
            var automata = new LevenshteinAutomata(typo, withTranspositions: true);
            accepted += BasicOperations.Run(automata.ToAutomaton(1), typo) ? 1 : 0;
            accepted += BasicOperations.Run(automata.ToAutomaton(2), typo) ? 1 : 0;
        }

        return accepted;
    }

    private static int Run(SpellingCorrector corrector, string[] tokens)
    {
        var edits = 0;
        foreach (var token in tokens)
        {
            if (corrector.TryCorrect(token, out var correction))
            {
                edits += correction.Edits;
            }
        }

        return edits;
    }

    private string Corrected(string token) => uncached.TryCorrect(token, out var c) ? c.Word : "-";

    private static string Swap(string word, int at) => string.Concat(word.AsSpan(0, at), [word[at + 1], word[at]], word.AsSpan(at + 2));

    private static string RandomWord(Random random) =>
        string.Create(random.Next(5, 13), random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + r.Next(26));
            }
        });

    // The general words themselves, read from the resource the corrector's WordList is built from.
    private static IEnumerable<string> GeneralWords(string file)
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream($"FactBot.Core.Text.Spelling.{file}")!;
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
