using Microsoft.Extensions.Options;

namespace FactBot.Application.Checks;

/// <summary>On start: the record timeout is between 10 ms and 30 s.</summary>
public sealed class CheckRecordingOptionsValidator : IValidateOptions<CheckRecordingOptions>
{
    public ValidateOptionsResult Validate(string? name, CheckRecordingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.RecordTimeout < TimeSpan.FromMilliseconds(10) || options.RecordTimeout > TimeSpan.FromSeconds(30)
            ? ValidateOptionsResult.Fail($"{CheckRecordingOptions.SectionName}:RecordTimeout must be between 10 ms and 30 s.")
            : ValidateOptionsResult.Success;
    }
}
