namespace FactBot.Core.Seeds;

/// <summary>Seed files that do not follow the documented format; <see cref="Errors"/> lists every problem with its path.</summary>
public sealed class SeedValidationException : Exception
{
    public SeedValidationException(IReadOnlyList<string> errors)
        : base("Invalid seed data:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
    {
        Errors = errors;
    }

    public SeedValidationException()
        : this([])
    {
    }

    public SeedValidationException(string message)
        : this([message])
    {
    }

    public SeedValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; } = [];
}
