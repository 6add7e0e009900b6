using System.CommandLine;
using FactBot.Cli.Authoring;
using FactBot.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Cli.Commands;

/// <summary>
/// <c>seeds coverage [DIR] [--claims FILE]...</c>: the article sentences no record quotes, and the records no
/// labelled claim's answer quotes as evidence. A report: it exits 0 unless the seeds do not load.
/// </summary>
internal static class SeedsCoverageCommand
{
    public static Command Create(IServiceProvider services)
    {
        var dir = SeedsCommand.DirectoryArgument();
        var claims = SeedsCommand.ClaimsOption();
        var command = new Command("coverage", "Which article sentences have no record, and which records no labelled claim exercises.") { dir, claims };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (SeedsValidateCommand.Locate(services, parse.GetValue(dir), error) is not { } directory)
            {
                return 1;
            }

            var folder = SeedFolder.Read(directory);
            if (folder.Seeds is not { } seeds)
            {
                await error.WriteLineAsync($"The seeds do not load ({folder.Errors.Count} error(s)): run 'factbot seeds validate' first.");
                return 1;
            }

            var files = parse.GetValue(claims) is { Length: > 0 } given ? given : LabelledClaims.DefaultFiles(directory);
            if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
            {
                await error.WriteLineAsync($"No such file: {missing}");
                return 1;
            }

            var coverage = new SeedCoverage(folder, seeds, services.GetRequiredService<IStemmer>());
            await output.WriteLineAsync("Article sentences no record quotes:");
            foreach (var (file, count, uncovered) in coverage.Sentences())
            {
                await output.WriteLineAsync($"  {file}: {uncovered.Count} of {count} sentences");
                foreach (var sentence in uncovered)
                {
                    await output.WriteLineAsync($"    line {sentence.Line}: {sentence.Text}");
                }
            }

            var labelled = await LabelledClaims.ReadAsync(files, cancellationToken);
            var evidence = coverage.Evidence(labelled.Cases.Select(c => c.Claim));
            await output.WriteLineAsync($"Records no labelled claim's answer quotes as evidence ({labelled.Cases.Count} claims from {labelled.Files.Count} file(s); {labelled.HeldOut} held-out \"report\" rows not read):");
            foreach (var source in seeds.Sources)
            {
                var records = seeds.Facts.Where(f => f.Source.Id == source.Id).ToArray();
                var unused = records.Where(f => evidence[f.Id] == 0).ToArray();
                await output.WriteLineAsync($"  {source.Id}: {unused.Length} of {records.Length} records");
                foreach (var fact in unused)
                {
                    await output.WriteLineAsync($"    {fact.Id}");
                }
            }

            return 0;
        });
        return command;
    }
}
