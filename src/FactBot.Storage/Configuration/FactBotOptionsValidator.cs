using System.Text.RegularExpressions;
using Azure.Data.Tables;
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

        var tables = new (string Setting, string? Name)[]
        {
            (nameof(storage.FactsTable), storage.FactsTable),
            (nameof(storage.ChecksTable), storage.ChecksTable),
            (nameof(storage.FeedbackTable), storage.FeedbackTable),
            (nameof(storage.WebhookDeliveriesTable), storage.WebhookDeliveriesTable),
        };
        foreach (var (setting, table) in tables)
        {
            if (table is null || !TableNamePattern().IsMatch(table) || string.Equals(table, "tables", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add(
                    $"{FactBotOptions.SectionName}:Storage:{setting} '{table}' is not a valid table name: "
                    + "3 to 63 letters and digits, starting with a letter, and not 'tables'.");
            }
        }

        // Table names are case-insensitive in Azure; two kinds of row in one table would read each other's rows.
        foreach (var shared in tables.Where(t => t.Name is not null).GroupBy(t => t.Name!, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            failures.Add(
                $"{string.Join(", ", shared.Select(t => $"{FactBotOptions.SectionName}:Storage:{t.Setting}"))} name the same table '{shared.Key}'; each needs its own.");
        }

        if (!string.IsNullOrWhiteSpace(options.Seeds.Path) && !Directory.Exists(options.Seeds.Path))
        {
            failures.Add($"{FactBotOptions.SectionName}:Seeds:Path '{options.Seeds.Path}' is not an existing folder.");
        }

        failures.AddRange(EmbeddedFailures(options.Embedded));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> EmbeddedFailures(EmbeddedStoreSettings embedded)
    {
        const string Section = FactBotOptions.SectionName + ":Embedded";
        foreach (var (setting, count) in new[] { ("MaxChecks", embedded.MaxChecks), ("MaxFeedback", embedded.MaxFeedback), ("MaxDeliveries", embedded.MaxDeliveries) })
        {
            if (count is < 1 or > 10_000_000)
            {
                yield return $"{Section}:{setting} must be between 1 and 10,000,000.";
            }
        }

        foreach (var (setting, age) in new[] { ("CheckRetention", embedded.CheckRetention), ("FeedbackRetention", embedded.FeedbackRetention) })
        {
            if (age < TimeSpan.FromMinutes(1) || age > TimeSpan.FromDays(365))
            {
                yield return $"{Section}:{setting} must be between 1 minute and 365 days.";
            }
        }

        // A sender may redeliver a webhook-id for as long as the signature's timestamp tolerance and its own retry schedule.
        if (embedded.DeliveryRetention < TimeSpan.FromMinutes(10) || embedded.DeliveryRetention > TimeSpan.FromDays(365))
        {
            yield return $"{Section}:DeliveryRetention must be between 10 minutes and 365 days.";
        }
    }
}
