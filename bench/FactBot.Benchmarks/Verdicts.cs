using FactBot.Core.Checking;

namespace FactBot.Benchmarks;

/// <summary>Prints what the engine answers for a set of claims, so a reader can see what a benchmark exercises.</summary>
public static class Verdicts
{
    public static void Print(ClaimEngine engine, IEnumerable<string> claims)
    {
        foreach (var claim in claims)
        {
            var result = engine.Check(claim);
            Console.WriteLine($"// {result.Verdict,-12} {result.Confidence:0.00}  {claim}  -> {result.Evidence?.FactId ?? "-"}");
        }
    }
}
