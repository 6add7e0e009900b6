namespace FactBot.Cli.Calibration;

/// <summary>Bins answers by confidence to set what was predicted beside what was observed.</summary>
internal static class ReliabilityTable
{
    /// <summary>Below 0.5 in one bin (few answers live there), tenths above, the top tenth halved where the 0.98 goal is judged.</summary>
    public static IReadOnlyList<double> DefaultEdges { get; } = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1];

    public static IReadOnlyList<ReliabilityBin> Of(IEnumerable<CalibratedAnswer> answers, IReadOnlyList<double>? edges = null)
    {
        edges ??= DefaultEdges;
        var all = answers.ToArray();
        var bins = new List<ReliabilityBin>(edges.Count - 1);
        for (var b = 0; b < edges.Count - 1; b++)
        {
            var (low, high, last) = (edges[b], edges[b + 1], b == edges.Count - 2);
            var inBin = all.Where(a => a.Confidence >= low && (a.Confidence < high || (last && a.Confidence <= high))).ToArray();
            bins.Add(new ReliabilityBin(low, high, inBin.Length, inBin.Count(a => a.Right), inBin.Length == 0 ? 0 : inBin.Average(a => a.Confidence)));
        }

        return bins;
    }
}
