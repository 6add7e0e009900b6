using System.CommandLine;
using FactBot.Cli.Eval;
using FactBot.Core.Checking;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Cli.Commands;

/// <summary><c>eval &lt;file&gt;</c>: scores the engine on a labelled JSONL file.</summary>
internal static class EvalCommand
{
    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("file") { Description = "Labelled JSONL: id, claim, lang, verdict, evidence_any." };
        var command = new Command("eval", "Score verdicts and evidence against a labelled JSONL file.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"No such file: {path.FullName}");
                return 1;
            }

            using var reader = path.OpenText();
            var report = await new EvalRunner(services.GetRequiredService<IClaimCheckService>()).RunAsync(reader, cancellationToken);
            EvalReportWriter.Write(report, parse.InvocationConfiguration.Output);
            return 0;
        });
        return command;
    }
}
