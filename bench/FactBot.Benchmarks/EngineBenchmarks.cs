using BenchmarkDotNet.Attributes;
using FactBot.Analysis;
using FactBot.Core.Checking;
using FactBot.Core.Store;

namespace FactBot.Benchmarks;

/// <summary>
/// Single-thread <see cref="ClaimEngine.Check"/> over the real seed records and a fixed mix of claims; one invocation
/// checks the whole mix, and OperationsPerInvoke makes every figure per claim (ns/claim, bytes/claim).
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private ClaimEngine engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        if (ClaimMix.Real.Length != ClaimMix.RealCount)
        {
            throw new InvalidOperationException($"ClaimMix.RealCount is {ClaimMix.RealCount} but the mix has {ClaimMix.Real.Length} claims");
        }

        if (EvalClaims.Load().Length != EvalClaims.Count)
        {
            throw new InvalidOperationException($"EvalClaims.Count is {EvalClaims.Count} but eval/ holds {EvalClaims.Load().Length} claims");
        }

        engine = new ClaimEngine(FactSnapshot.Create(SeedRecords.Load(), SeedRecords.KnownEntities()), new SnowballStemmer());
        Verdicts.Print(engine, ClaimMix.Real);
    }

    /// <summary>The labelled sets' claims (eval/): what people type, clean statements and published sentences.</summary>
    [Benchmark(OperationsPerInvoke = EvalClaims.Count)]
    public double CheckEvalClaims()
    {
        var sum = 0.0;
        foreach (var claim in EvalClaims.Load())
        {
            sum += engine.Check(claim).Confidence;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = ClaimMix.RealCount)]
    public double CheckRealMix()
    {
        var sum = 0.0;
        foreach (var claim in ClaimMix.Real)
        {
            sum += engine.Check(claim).Confidence;
        }

        return sum;
    }
}
