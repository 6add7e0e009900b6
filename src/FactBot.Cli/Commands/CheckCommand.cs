using System.CommandLine;
using System.Text;
using System.Text.Json;
using FactBot.Application.Text;
using FactBot.Cli.Checking;
using FactBot.Core.Checking;
using FactBot.Functions.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Cli.Commands;

/// <summary>
/// <c>check "&lt;claim&gt;"</c>, <c>check --json "&lt;claim&gt;"</c>, <c>check --jsonl &lt;file|-&gt;</c>. Exit codes:
/// <see cref="Checked"/> when every claim was checked, <see cref="UsageError"/> for a bad command line or a missing file,
/// <see cref="SomeFailed"/> when a claim was refused (the API's text policy) or a line could not be checked.
/// </summary>
internal static class CheckCommand
{
    public const int Checked = 0;
    public const int UsageError = 1;
    public const int SomeFailed = 2;

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
                    return UsageError;
                }

                using var reader = path == "-" ? null : new StreamReader(path, Encoding.UTF8, true, 1 << 16);
                await using var buffered = BufferedStandardOutput(output);
                var summary = await new JsonlChecker(checker).RunAsync(reader ?? Console.In, buffered ?? output, cancellationToken);
                return summary.Failed == 0 ? Checked : SomeFailed;
            }

            var text = parse.GetValue(claim)!;
            if (TextPolicy.CheckClaim(text, "claim") is { } refused)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{refused.Title}: {refused.Detail}");
                return SomeFailed;
            }

            var result = await checker.CheckAsync(text, cancellationToken);
            await output.WriteAsync(parse.GetValue(json)
                ? JsonSerializer.Serialize(CheckResponse.From(result), WireJson.Indented.CheckResponse) + Environment.NewLine
                : CheckResultFormatter.Format(result));
            return Checked;
        });
        return command;
    }

    // The console's writer flushes every line (a system call each); a JSONL run writes through one large buffer.
    private static StreamWriter? BufferedStandardOutput(TextWriter output) =>
        ReferenceEquals(output, Console.Out) ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) : null;
}
