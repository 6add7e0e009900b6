using System.CommandLine;
using FactBot.Cli.Commands;

namespace FactBot.Cli;

internal static class CliRoot
{
    // A chat message may start with "@": it is a claim, never a response file to expand.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static ParseResult Parse(IServiceProvider services, IReadOnlyList<string> args) => Create(services).Parse(args, Parsing);

    public static RootCommand Create(IServiceProvider services) =>
        new("factbot: check claims against the facts of the seeded articles.")
        {
            CheckCommand.Create(services),
            SeedCommand.Create(services),
            SeedsCommand.Create(services),
            EvalCommand.Create(services),
            CalibrateCommand.Create(services),
            TraceCommand.Create(services),
        };
}
