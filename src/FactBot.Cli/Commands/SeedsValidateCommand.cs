using System.CommandLine;
using FactBot.Cli.Authoring;
using FactBot.Core.Seeds;
using FactBot.Core.Text;
using FactBot.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactBot.Cli.Commands;

/// <summary>
/// <c>seeds validate [DIR] [--strict] [--claims FILE]...</c>: every load error of the folder (schema, verbatim
/// sentences, conflicts, TODOs left by a draft), then the lint as warnings. Exits 1 on an error, or on a warning
/// under <c>--strict</c>.
/// </summary>
internal static class SeedsValidateCommand
{
    public static Command Create(IServiceProvider services)
    {
        var dir = SeedsCommand.DirectoryArgument();
        var strict = new Option<bool>("--strict") { Description = "Treat lint warnings as errors." };
        var claims = SeedsCommand.ClaimsOption();
        var command = new Command("validate", "Check a seeds folder without any storage: load errors, then lint warnings.") { dir, strict, claims };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (Locate(services, parse.GetValue(dir), parse.InvocationConfiguration.Error) is not { } directory)
            {
                return 1;
            }

            var folder = SeedFolder.Read(directory);
            var stemmer = services.GetRequiredService<IStemmer>();
            var lint = new SeedLint(folder, stemmer);
            var findings = lint.StemmedTerms().Concat(lint.UnusedSharedEntries()).ToList();
            var note = "";
            if (folder.Seeds is { } seeds)
            {
                var files = parse.GetValue(claims) is { Length: > 0 } given ? given : LabelledClaims.DefaultFiles(directory);
                var missing = files.FirstOrDefault(f => !File.Exists(f));
                if (missing is not null)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"No such file: {missing}");
                    return 1;
                }

                var labelled = await LabelledClaims.ReadAsync(files, cancellationToken);
                note = labelled.Files.Count == 0
                    ? "No labelled claims found: records were not checked against claims."
                    : $"Labelled claims: {labelled.Cases.Count} from {labelled.Files.Count} file(s) ({labelled.HeldOut} held-out rows of the \"report\" split not read).";
                findings.AddRange(lint.UnclaimedRecords(seeds, labelled.Cases.Select(c => c.Claim)));
            }

            await output.WriteLineAsync(Describe(folder));
            await output.WriteLineAsync(Report(folder.Errors, findings, note));
            var failed = folder.Errors.Count > 0 || (parse.GetValue(strict) && findings.Count > 0);
            await output.WriteLineAsync(folder.Errors.Count > 0 ? $"Result: invalid, {folder.Errors.Count} error(s)."
                : failed ? $"Result: invalid under --strict, {findings.Count} warning(s)."
                : $"Result: valid, {findings.Count} warning(s).");
            return failed ? 1 : 0;
        });
        return command;
    }

    /// <summary>The seeds folder to work on, or null (with the reason on <paramref name="error"/>).</summary>
    public static string? Locate(IServiceProvider services, string? given, TextWriter error)
    {
        try
        {
            var directory = given is not null ? Path.GetFullPath(given) : SeedDirectory.Locate(services.GetRequiredService<IOptions<FactBotOptions>>().Value.Seeds.Path);
            if (!Directory.Exists(directory))
            {
                error.WriteLine($"No such folder: {directory}");
                return null;
            }

            return directory;
        }
        catch (DirectoryNotFoundException ex)
        {
            error.WriteLine(ex.Message);
            return null;
        }
    }

    private static string Describe(SeedFolder folder) =>
        $"Seeds: {folder.Directory} ({folder.Shared.Count} shared file(s), {folder.Articles.Count} article file(s)"
        + (folder.Seeds is { } seeds ? $", {seeds.Facts.Count} facts, {seeds.KnownEntities.Count} entities)" : ")");

    private static string Report(IReadOnlyList<string> errors, List<LintFinding> findings, string note)
    {
        var lines = new List<string>();
        lines.Add(errors.Count == 0 ? "No errors." : $"Errors ({errors.Count}):");
        lines.AddRange(errors.Select(e => "  - " + e));
        foreach (var kind in Enum.GetValues<LintKind>())
        {
            var ofKind = findings.Where(f => f.Kind == kind).ToList();
            lines.Add($"Warnings: {Title(kind)} ({ofKind.Count}):");
            lines.AddRange(ofKind.Select(f => "  - " + f));
        }

        if (note.Length > 0)
        {
            lines.Add(note);
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Title(LintKind kind) => kind switch
    {
        LintKind.Stemmed => "terms the stemmer already covers",
        LintKind.Unused => "shared lexicon entries no article uses",
        _ => "records whose relation words no labelled claim uses",
    };
}
