using System.Text.Json;

namespace FactBot.Benchmarks;

/// <summary>
/// Every claim of the repository's labelled sets (eval/public and eval/own: clean statements, chat messages and
/// published sentences, both halves), the realistic mix the engine meets: short and long, English and French.
/// </summary>
public static class EvalClaims
{
    /// <summary>How many claims eval/ holds today: the benchmark divides by it, and its setup checks it still holds.</summary>
    public const int Count = 4744;

    private static string[]? cached;

    public static string[] Load() => cached ??= Read();

    private static string[] Read()
    {
        var root = FindEval();
        return Directory.GetFiles(Path.Combine(root, "public"), "*.jsonl")
            .Concat(Directory.GetFiles(Path.Combine(root, "own"), "*.jsonl"))
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("claim").GetString()!)
            .ToArray();
    }

    private static string FindEval()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "eval", "own")))
            {
                return Path.Combine(dir.FullName, "eval");
            }
        }

        throw new DirectoryNotFoundException("No eval/ folder above the working directory: run the benchmarks from inside the repository.");
    }
}
