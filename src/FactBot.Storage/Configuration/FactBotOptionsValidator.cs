using System.Text.RegularExpressions;
using Azure.Data.Tables;
using FactBot.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FactBot.Storage.Configuration;

/// <summary>Fails start-up on settings that would otherwise fail on the first request.</summary>
internal sealed partial class FactBotOptionsValidator : IValidateOptions<FactBotOptions>
{
    // Azure's rule for table names; "tables" is reserved by the service.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();

    public ValidateOptionsResult Validate(string? name, FactBotOptions options)
    {
        var failures = new List<string>();
        var storage = options.Storage;
        if (!string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            try
            {
                _ = new TableServiceClient(storage.ConnectionString, new TableClientOptions());
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or UriFormatException)
            {
                // The connection string holds the account key: name the setting, never echo its value.
                failures.Add(
                    $"{FactBotOptions.SectionName}:Storage:ConnectionString is not a connection string that Azure Table Storage accepts ({ex.GetType().Name}). "
                    + "Use 'UseDevelopmentStorage=true' for Azurite, or the account's connection string from the portal.");
            }
        }

        if (storage.FactsTable is null || !TableNamePattern().IsMatch(storage.FactsTable)
            || string.Equals(storage.FactsTable, "tables", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add(
                $"{FactBotOptions.SectionName}:Storage:FactsTable '{storage.FactsTable}' is not a valid table name: "
                + "3 to 63 letters and digits, starting with a letter, and not 'tables'.");
        }

        if (!string.IsNullOrWhiteSpace(options.Seeds.Path) && !Directory.Exists(options.Seeds.Path))
        {
            failures.Add($"{FactBotOptions.SectionName}:Seeds:Path '{options.Seeds.Path}' is not an existing folder.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
