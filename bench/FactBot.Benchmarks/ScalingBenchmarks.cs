using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using FactBot.Analysis;
using FactBot.Core.Checking;
using FactBot.Core.Facts;
using FactBot.Core.Store;

namespace FactBot.Benchmarks;

/// <summary>
/// <see cref="ClaimEngine.Check"/> as the store grows: N synthetic records plus the real seed records. The snapshot and
/// engine are built once in GlobalSetup (not measured; the time and retained heap are printed); each invocation
/// checks <see cref="ScalingClaims.Count"/> claims, half hitting synthetic records and half real ones, so figures are per claim.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private ClaimEngine engine = null!;
    private string[] claims = [];

    [Params(1_000, 10_000, 100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var synthetic = SyntheticFacts.Generate(Records);
        var all = synthetic.Records.Concat(SeedRecords.Load()).ToArray();
        claims = ScalingClaims.For(synthetic);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var snapshot = FactSnapshot.Create(all);
        var snapshotTime = clock.Elapsed;
        engine = new ClaimEngine(snapshot, new SnowballStemmer());
        var total = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// build N={Records}: {all.Length} records; FactSnapshot.Create {snapshotTime.TotalMilliseconds:0} ms, "
            + $"new ClaimEngine {(total - snapshotTime).TotalMilliseconds:0} ms; heap retained by snapshot+engine {(after - before) / 1024.0 / 1024.0:0.0} MiB");
        Verdicts.Print(engine, claims);
        GC.KeepAlive(all);
    }

    [Benchmark(OperationsPerInvoke = ScalingClaims.Count)]
    public double CheckMix()
    {
        var sum = 0.0;
        foreach (var claim in claims)
        {
            sum += engine.Check(claim).Confidence;
        }

        return sum;
    }
}

/// <summary>
/// What building costs at 100k synthetic records (plus the real ones): the snapshot (ordering and content hash), then
/// the engine (stemming and indexing every term and alias). Few iterations: each one takes seconds.
/// </summary>
[MemoryDiagnoser]
// Job mutators rather than a job of its own, so that "--job short" does not run it twice: one build per iteration.
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(1, 1)]
public class BuildBenchmarks
{
    private FactRecord[] records = [];
    private FactSnapshot snapshot = null!;

    [Params(100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        records = SyntheticFacts.Generate(Records).Records.Concat(SeedRecords.Load()).ToArray();
        snapshot = FactSnapshot.Create(records);
    }

    [Benchmark]
    public FactSnapshot CreateSnapshot() => FactSnapshot.Create(records);

    [Benchmark]
    public ClaimEngine BuildEngine() => new(snapshot, new SnowballStemmer());
}
