using System.CommandLine;
using System.Text;
using System.Text.Json;
using FactBot.Cli.Checking;
using FactBot.Core.Checking;
using FactBot.Functions.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Cli.Commands;

/// <summary><c>check "&lt;claim&gt;"</c>, <c>check --json "&lt;claim&gt;"</c>, <c>check --jsonl &lt;file|-&gt;</c>.</summary>
internal static class CheckCommand
{
    public static Command Create(IServiceProvider services)
    {
        var claim = new Argument<string?>("claim")
        {
            Description = "The claim to check, in English or French.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = new Option<bool>("--json") { Description = "Print the API's JSON response instead of text." };
        var jsonl = new Option<string?>("--jsonl")
        {
            Description = "Check one {\"claim\": ..., \"id\"?: ...} object per line of this file ('-' reads standard input); write one JSON line per input line.",
            HelpName = "file|-",
        };
        var command = new Command("check", "Check a claim (or a JSONL file of claims) and print the verdict with its evidence.")
        {
            claim,
            json,
            jsonl,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(claim) is null == result.GetValue(jsonl) is null)
            {
                result.AddError("Give either a claim or --jsonl <file|->.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var checker = services.GetRequiredService<IClaimCheckService>();
            if (parse.GetValue(jsonl) is { } path)
            {
                if (path != "-" && !File.Exists(path))
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"No such file: {path}");
                    return 1;
                }

                using var reader = path == "-" ? null : new StreamReader(path, Encoding.UTF8, true, 1 << 16);
                await using var buffered = BufferedStandardOutput(output);
                await new JsonlChecker(checker).RunAsync(reader ?? Console.In, buffered ?? output, cancellationToken);
                return 0;
            }

            var result = await checker.CheckAsync(parse.GetValue(claim)!, cancellationToken);
            await output.WriteAsync(parse.GetValue(json)
                ? JsonSerializer.Serialize(CheckResponse.From(result), CliJson.Indented.CheckResponse) + Environment.NewLine
                : CheckResultFormatter.Format(result));
            return 0;
        });
        return command;
    }

    // The console's writer flushes every line (a system call each); a JSONL run writes through one large buffer.
    private static StreamWriter? BufferedStandardOutput(TextWriter output) =>
        ReferenceEquals(output, Console.Out) ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) : null;
}
