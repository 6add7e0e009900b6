using System.CommandLine;

namespace FactBot.Cli.Commands;

/// <summary>The options <c>calibrate</c> and <c>eval --calibration</c> share.</summary>
internal static class CalibrationOptions
{
    public const string SplitDescription =
        "Use only this half (tune or report) of the files that have a split field; files without one (public samples, written claims) are used whole.";

    public static Option<int> Folds()
    {
        var folds = new Option<int>("--folds")
        {
            Description = "Cross-validation folds; a claim's fold is a hash of its text.",
            DefaultValueFactory = _ => 5,
        };
        folds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 2)
            {
                result.AddError("--folds must be at least 2.");
            }
        });
        return folds;
    }

    /// <summary>Writes "No such file" for the first missing file and returns false, or true when all exist.</summary>
    public static async Task<bool> AllExistAsync(IReadOnlyList<FileInfo> files, TextWriter error)
    {
        var missing = files.FirstOrDefault(f => !f.Exists);
        if (missing is not null)
        {
            await error.WriteLineAsync($"No such file: {missing.FullName}");
        }

        return missing is null;
    }
}
