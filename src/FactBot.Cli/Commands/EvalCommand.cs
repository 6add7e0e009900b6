using System.CommandLine;
using FactBot.Cli.Eval;
using FactBot.Core.Checking;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Cli.Commands;

/// <summary><c>eval &lt;file&gt;...</c>: scores the engine on labelled JSONL files.</summary>
internal static class EvalCommand
{
    public static Command Create(IServiceProvider services)
    {
        var files = new Argument<FileInfo[]>("file") { Description = "Labelled JSONL: id, claim, lang, verdict, evidence_any, also_ok?, split?.", Arity = ArgumentArity.OneOrMore };
        var split = new Option<string?>("--split") { Description = "Score only the cases of this half (tune or report)." };
        var summary = new Option<bool>("--summary") { Description = "Print the figures only, not every miss." };
        var command = new Command("eval", "Score verdicts and evidence against labelled JSONL files.") { files, split, summary };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var missing = parse.GetValue(files)!.FirstOrDefault(f => !f.Exists);
            if (missing is not null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"No such file: {missing.FullName}");
                return 1;
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
