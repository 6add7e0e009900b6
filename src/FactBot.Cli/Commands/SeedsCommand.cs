using System.CommandLine;

namespace FactBot.Cli.Commands;

/// <summary><c>seeds validate|draft|coverage</c>: the authoring tools, which need no storage.</summary>
internal static class SeedsCommand
{
    public static Command Create(IServiceProvider services) =>
        new("seeds", "Author seed files: validate them, draft one from an article, see what the labelled claims cover.")
        {
            SeedsValidateCommand.Create(services),
            SeedsDraftCommand.Create(services),
            SeedsCoverageCommand.Create(services),
        };

    /// <summary>The seeds folder argument: the one given, else the configured or found one (as the engine finds it).</summary>
    public static Argument<string?> DirectoryArgument() => new("dir")
    {
        Description = "The seeds folder (default: FactBot:Seeds:Path, else the first seeds/ from the working directory upward).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>Labelled JSONL files to read instead of the repository's eval/ and tests/ ones.</summary>
    public static Option<string[]> ClaimsOption() => new("--claims")
    {
        Description = "A labelled JSONL file of claims (repeatable); default: every *.jsonl under the repository's eval/ and tests/. Rows with \"split\": \"report\" are never read.",
        HelpName = "file",
        Arity = ArgumentArity.ZeroOrMore,
    };
}
