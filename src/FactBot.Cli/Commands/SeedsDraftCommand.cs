using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactBot.Cli.Authoring;
using FactBot.Core.Facts;
using FactBot.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Cli.Commands;

/// <summary>
/// <c>seeds draft ARTICLE.txt [--output FILE] [--skip PREFIX]... [--language en|fr] [--seeds DIR]</c>: a draft
/// facts file for an article, against the seeds folder's shared vocabulary and entities. The draft, once its TODO
/// markers are resolved, is what <c>seeds validate</c> checks.
/// </summary>
internal static class SeedsDraftCommand
{
    // The seeds' own layout: one-space indents, accents as written.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(IServiceProvider services)
    {
        var article = new Argument<string>("article") { Description = "The article, as text: NNN_<source-id>.txt, optionally opening with 'date YYYY-MM-DD' and 'source: …', 'title: …' lines." };
        var output = new Option<string?>("--output") { Description = "Write the draft to this file (default: standard output).", HelpName = "file" };
        var force = new Option<bool>("--force") { Description = "Overwrite the --output file if it exists." };
        var skip = new Option<string[]>("--skip") { Description = "Lines starting with this prefix are page furniture (navigation, captions): no record (repeatable).", HelpName = "prefix", Arity = ArgumentArity.ZeroOrMore };
        var language = new Option<string?>("--language") { Description = "The article's language, en or fr (default: detected)." };
        var seeds = new Option<string?>("--seeds") { Description = "The seeds folder whose shared/ vocabulary and entities to use (default: as for validate).", HelpName = "dir" };
        var command = new Command("draft", "Draft a facts file from an article: one record per sentence, typed slots, shared relation words, TODOs where a person decides.")
        {
            article, output, force, skip, language, seeds,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(article)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"No such file: {path}");
                return 1;
            }

            Language? lang = null;
            if (parse.GetValue(language) is { } code)
            {
                if (!LanguageCodes.TryParse(code, out var parsed))
                {
                    await error.WriteLineAsync("--language must be en or fr.");
                    return 1;
                }

                lang = parsed;
            }

            var target = parse.GetValue(output);
            if (target is not null && File.Exists(target) && !parse.GetValue(force))
            {
                await error.WriteLineAsync($"{target} exists: give --force to overwrite it.");
                return 1;
            }

            if (SeedsValidateCommand.Locate(services, parse.GetValue(seeds), error) is not { } directory)
            {
                return 1;
            }

            var folder = SeedFolder.Read(directory);
            var drafter = FactDrafter.ForFolder(folder, services.GetRequiredService<IStemmer>());
            var draft = drafter.Draft(Path.GetFileName(path), await File.ReadAllTextAsync(path, cancellationToken), parse.GetValue(skip) ?? [], lang);
            var text = draft.Json.ToJsonString(Json) + "\n";
            if (target is null)
            {
                await parse.InvocationConfiguration.Output.WriteAsync(text);
            }
            else
            {
                await File.WriteAllTextAsync(target, text, cancellationToken);
            }

            await error.WriteLineAsync(
                $"Drafted {target ?? "to standard output"}: {draft.Sentences} sentences, {draft.Sentences} records, {draft.NewEntities} new entities, "
                + $"{draft.SkippedLines} line(s) skipped; {draft.Values - draft.Todos} values drafted, {draft.Todos} TODO markers to resolve.");
            return 0;
        });
        return command;
    }
}
