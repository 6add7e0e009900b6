using System.CommandLine;
using FactBot.Application.Checks;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Cli.Commands;

/// <summary><c>trace "&lt;claim&gt;"</c>: how the engine read and decided a claim, for seed authors.</summary>
internal static class TraceCommand
{
    public static Command Create(IServiceProvider services)
    {
        var claim = new Argument<string>("claim") { Description = "The claim to trace." };
        var command = new Command("trace", "Show how the engine reads a claim and which records decide it.") { claim };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var engine = await services.GetRequiredService<ClaimCheckService>().LoadAsync(cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync(engine.Trace(parse.GetValue(claim)!));
            return 0;
        });
        return command;
    }
}
