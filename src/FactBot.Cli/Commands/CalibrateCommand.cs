using System.CommandLine;
using FactBot.Cli.Calibration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Cli.Commands;

/// <summary><c>calibrate &lt;file&gt;... [--split tune] [--folds 5] [--output PATH]</c>: fits the confidence model on labelled claims.</summary>
internal static class CalibrateCommand
{
    public static Command Create(IServiceProvider services)
    {
        var files = new Argument<FileInfo[]>("file")
        {
            Description = "Labelled JSONL: the eval format (claim, verdict, evidence_any, also_ok?, split?) or the written claims' (claim, verdict, factId).",
            Arity = ArgumentArity.OneOrMore,
        };
        var split = new Option<string?>("--split") { Description = CalibrationOptions.SplitDescription };
        var folds = CalibrationOptions.Folds();
        var output = new Option<FileInfo?>("--output") { Description = "Write the model JSON to this file (default: standard output, and the summary to standard error)." };
        var command = new Command("calibrate", "Fit the confidence model (logistic weights and abstainBelow) on labelled claims and write it as JSON.")
        {
            files,
            split,
            folds,
            output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            if (!await CalibrationOptions.AllExistAsync(parse.GetValue(files)!, stderr))
            {
                return 1;
            }

            var assessor = await AnswerAssessor.LoadAsync(services, cancellationToken);
            var data = await CalibrationDataReader.ReadAsync(parse.GetValue(files)!, parse.GetValue(split), assessor, cancellationToken);
            var fit = new Calibrator(parse.GetValue(folds), LogisticFitOptions.Default).Fit(data.Rows);
            var today = DateOnly.FromDateTime((services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime);
            var summary = CalibrationDescription.Lines(data, fit, parse.GetValue(folds), today);
            var json = fit.Weights.ToJson(string.Join(" ", summary));
            var summaryWriter = stdout;
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, json, cancellationToken);
                await stdout.WriteLineAsync($"Wrote {file.FullName}");
            }
            else
            {
                await stdout.WriteAsync(json);
                summaryWriter = stderr;
            }

            foreach (var line in summary.Concat(data.Skipped.Select(s => $"Skipped {s}")))
            {
                await summaryWriter.WriteLineAsync(line);
            }

            return 0;
        });
        return command;
    }
}
