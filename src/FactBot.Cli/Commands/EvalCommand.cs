using System.CommandLine;
using FactBot.Cli.Calibration;
using FactBot.Cli.Eval;
using FactBot.Core.Checking;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Cli.Commands;

/// <summary>
/// <c>eval &lt;file&gt;...</c>: scores the engine on labelled JSONL files; <c>--calibration</c> cross-validates the
/// confidence model on them, <c>--reliability</c> tabulates the shipped model's confidence.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(IServiceProvider services)
    {
        var files = new Argument<FileInfo[]>("file") { Description = "Labelled JSONL: id, claim, lang, verdict, evidence_any, also_ok?, split? (or the written claims' claim, verdict, factId).", Arity = ArgumentArity.OneOrMore };
        var split = new Option<string?>("--split") { Description = "Score only the cases of this half (tune or report). With --calibration or --reliability, only files that have a split field are filtered; files without one (public samples, written claims) are used whole." };
        var summary = new Option<bool>("--summary") { Description = "Print the figures only, not every miss." };
        var calibration = new Option<bool>("--calibration") { Description = "Cross-validate the confidence model over all the files: fit on the other folds, print the reliability table of the held-out answers." };
        var reliability = new Option<bool>("--reliability") { Description = "Print the reliability table of the confidence the engine gives now (no fitting)." };
        var folds = CalibrationOptions.Folds();
        var command = new Command("eval", "Score verdicts and evidence against labelled JSONL files.") { files, split, summary, calibration, reliability, folds };
        command.Validators.Add(result =>
        {
            if (result.GetValue(calibration) && result.GetValue(reliability))
            {
                result.AddError("Give --calibration or --reliability, not both.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (!await CalibrationOptions.AllExistAsync(parse.GetValue(files)!, parse.InvocationConfiguration.Error))
            {
                return 1;
            }

            if (parse.GetValue(calibration))
            {
                var assessor = await AnswerAssessor.LoadAsync(services, cancellationToken);
                var data = await CalibrationDataReader.ReadAsync(parse.GetValue(files)!, parse.GetValue(split), assessor, cancellationToken);
                var calibrator = new Calibrator(parse.GetValue(folds), LogisticFitOptions.Default);
                var (answers, fits) = CrossValidatedCalibration.Run(data.Rows, calibrator);
                ReliabilityReportWriter.WriteFolds(data, answers, fits, output);
                ReliabilityReportWriter.Write(answers, output);
                output.WriteLine();
                ReliabilityReportWriter.WriteBySource(data, answers, output);
                return 0;
            }

            if (parse.GetValue(reliability))
            {
                var answers = await ShippedConfidence.AnswersAsync(services.GetRequiredService<IClaimCheckService>(), parse.GetValue(files)!, parse.GetValue(split), cancellationToken);
                ReliabilityReportWriter.Write(answers, output);
                return 0;
            }

            var runner = new EvalRunner(services.GetRequiredService<IClaimCheckService>());
            foreach (var file in parse.GetValue(files)!)
            {
                using var reader = file.OpenText();
                var report = await runner.RunAsync(reader, parse.GetValue(split), cancellationToken);
                if (parse.GetValue(files)!.Length > 1)
                {
                    await output.WriteLineAsync($"== {file.Name}");
                }

                EvalReportWriter.Write(parse.GetValue(summary) ? report with { Misses = [] } : report, output);
                await output.WriteLineAsync();
            }

            return 0;
        });
        return command;
    }
}
