using System.CommandLine;
using FactBot.Cli.Commands;

namespace FactBot.Cli;

internal static class CliRoot
{
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
