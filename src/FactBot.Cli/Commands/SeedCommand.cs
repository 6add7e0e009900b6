using System.CommandLine;
using FactBot.Core.Seeds;
using FactBot.Storage;
using FactBot.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactBot.Cli.Commands;

/// <summary><c>seed</c>: makes the configured Table Storage hold exactly the records of seeds/.</summary>
internal static class SeedCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("seed", "Load seeds/ into the Table Storage named by FactBot__Storage__ConnectionString or FactBot__Storage__TableServiceUri; a second run reports no change.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var options = services.GetRequiredService<IOptions<FactBotOptions>>().Value;
            if (string.IsNullOrWhiteSpace(options.Storage.ConnectionString) && string.IsNullOrWhiteSpace(options.Storage.TableServiceUri))
            {
                await error.WriteLineAsync(
                    "No Table Storage is configured, so there is nothing to seed (checks use the embedded seeds directly). "
                    + "Set FactBot__Storage__ConnectionString (UseDevelopmentStorage=true for Azurite), "
                    + "or FactBot__Storage__TableServiceUri (https://<account>.table.core.windows.net, with your az/azd login), "
                    + "or either under FactBot:Storage in appsettings.json.");
                return 1;
            }

            var seeder = services.GetService<IFactSeeder>();
            if (seeder is null)
            {
                await error.WriteLineAsync("This build registers no IFactSeeder for Table Storage.");
                return 1;
            }

            SeedSet seeds;
            string directory;
            try
            {
                directory = SeedDirectory.Locate(options.Seeds.Path);
                seeds = SeedLoader.LoadDirectory(directory);
            }
            catch (Exception ex) when (ex is SeedValidationException or DirectoryNotFoundException)
            {
                await error.WriteLineAsync(ex.Message);
                return 1;
            }

            var report = await seeder.SeedAsync(seeds, cancellationToken);
            await output.WriteLineAsync(SeedReportFormatter.Format(report, seeds, directory, options.Storage.FactsTable));
            return 0;
        });
        return command;
    }
}
