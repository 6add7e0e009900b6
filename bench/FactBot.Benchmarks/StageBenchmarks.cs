using BenchmarkDotNet.Attributes;
using FactBot.Analysis;
using FactBot.Core.Decision;
using FactBot.Core.Reading;
using FactBot.Core.Retrieval;
using FactBot.Core.Store;

namespace FactBot.Benchmarks;

/// <summary>Each stage of the engine on its own over the labelled sets' claims: reading, clauses, deciding.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private FactIndex index = null!;
    private ClaimReader reader = null!;
    private string[] claims = [];
    private ClaimReading[] readings = [];
    private IReadOnlyList<Clause>[] clauses = [];

    [GlobalSetup]
    public void Setup()
    {
        index = new FactIndex(FactSnapshot.Create(SeedRecords.Load(), SeedRecords.KnownEntities()), new SnowballStemmer());
        reader = new ClaimReader(index);
        claims = EvalClaims.Load();
        readings = claims.Select(reader.Read).ToArray();
        clauses = readings.Select(ClauseReader.Read).ToArray();
    }

    [Benchmark]
    public int Read() => claims.Sum(c => reader.Read(c).Tokens.Count);

    [Benchmark]
    public int Clauses() => readings.Sum(r => ClauseReader.Read(r).Count);

    [Benchmark]
    public int Decide()
    {
        var n = 0;
        for (var i = 0; i < readings.Length; i++)
        {
            n += (int)ClaimDecider.Decide(readings[i], clauses[i], index).Verdict;
        }

        return n;
    }
}
