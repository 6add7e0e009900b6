using Microsoft.Extensions.Options;

namespace FactBot.Functions.Limits;

/// <summary>On start: a rate of 0 (off) to 100,000 per second, and a burst of at least one second's worth.</summary>
public sealed class CallerRateLimitOptionsValidator : IValidateOptions<CallerRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, CallerRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.PermitsPerSecond is < 0 or > 100_000)
        {
            failures.Add($"{CallerRateLimitOptions.SectionName}:PermitsPerSecond must be between 0 (off) and 100000.");
        }

        if (options.PermitsPerSecond > 0 && (options.Burst < options.PermitsPerSecond || options.Burst > 1_000_000))
        {
            failures.Add($"{CallerRateLimitOptions.SectionName}:Burst must be at least PermitsPerSecond and at most 1000000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
