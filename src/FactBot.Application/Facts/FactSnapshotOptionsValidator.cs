using Microsoft.Extensions.Options;

namespace FactBot.Application.Facts;

/// <summary>On start: the refresh interval is between 100 ms and 1 day.</summary>
public sealed class FactSnapshotOptionsValidator : IValidateOptions<FactSnapshotOptions>
{
    public ValidateOptionsResult Validate(string? name, FactSnapshotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.RefreshInterval < TimeSpan.FromMilliseconds(100) || options.RefreshInterval > TimeSpan.FromDays(1)
            ? ValidateOptionsResult.Fail($"{FactSnapshotOptions.SectionName}:RefreshInterval must be between 100 ms and 1 day.")
            : ValidateOptionsResult.Success;
    }
}
