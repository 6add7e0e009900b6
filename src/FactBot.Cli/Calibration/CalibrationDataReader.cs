using FactBot.Cli.Eval;

namespace FactBot.Cli.Calibration;

/// <summary>Reads labelled files (eval format or the written claims' format), keeps the half asked for, and answers each claim.</summary>
internal static class CalibrationDataReader
{
    public static async Task<CalibrationData> ReadAsync(IReadOnlyList<FileInfo> files, string? split, AnswerAssessor assessor, CancellationToken cancellationToken)
    {
        var rows = new List<CalibrationRow>();
        var sources = new List<CalibrationSource>();
        var skipped = new List<string>();
        foreach (var file in files)
        {
            using var reader = file.OpenText();
            var (cases, unreadable) = await EvalCaseReader.ReadAsync(reader, cancellationToken);
            var kept = SplitFilter.Apply(cases, split);
            var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), file.FullName).Replace('\\', '/');
            rows.AddRange(kept.Select(c => assessor.Assess(c, path)));
            sources.Add(new CalibrationSource(path, kept.Count, ReferenceEquals(kept, cases) ? null : split));
            skipped.AddRange(unreadable.Select(s => $"{path}: {s}"));
        }

        return new CalibrationData(rows, sources, skipped);
    }
}
