using Microsoft.Extensions.Options;

namespace FactBot.Storage.Resilience;

// Polly rejects out-of-range settings too, but only when the pipeline is first built; checking here fails at start.
internal sealed class TableResilienceOptionsValidator : IValidateOptions<TableResilienceOptions>
{
    public ValidateOptionsResult Validate(string? name, TableResilienceOptions options)
    {
        var failures = new List<string>();
        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{TableResilienceOptions.SectionName}:MaxRetryAttempts must be between 0 and 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{TableResilienceOptions.SectionName}:RetryBaseDelay must be between 0 and 1 minute.");
        }

        if (options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add($"{TableResilienceOptions.SectionName}:RetryMaxDelay must not be shorter than RetryBaseDelay.");
        }

        if (options.AttemptTimeout < TimeSpan.FromMilliseconds(10) || options.AttemptTimeout > TimeSpan.FromDays(1))
        {
            failures.Add($"{TableResilienceOptions.SectionName}:AttemptTimeout must be between 10 ms and 1 day.");
        }

        if (options.BreakerFailureRatio is <= 0 or > 1)
        {
            failures.Add($"{TableResilienceOptions.SectionName}:BreakerFailureRatio must be above 0 and at most 1.");
        }

        if (options.BreakerMinimumThroughput < 2)
        {
            failures.Add($"{TableResilienceOptions.SectionName}:BreakerMinimumThroughput must be at least 2.");
        }

        if (options.BreakerSamplingDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add($"{TableResilienceOptions.SectionName}:BreakerSamplingDuration must be at least 500 ms.");
        }

        if (options.BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add($"{TableResilienceOptions.SectionName}:BreakDuration must be at least 500 ms.");
        }

        if (options.ProbeTimeout < TimeSpan.FromMilliseconds(10) || options.ProbeTimeout > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{TableResilienceOptions.SectionName}:ProbeTimeout must be between 10 ms and 1 minute.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
