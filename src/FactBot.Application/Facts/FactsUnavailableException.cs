namespace FactBot.Application.Facts;

/// <summary>No snapshot of the facts has been loaded yet and the store cannot give one now: a check cannot be answered.</summary>
public sealed class FactsUnavailableException : Exception
{
    public FactsUnavailableException()
        : base("The facts are not loaded yet and the store cannot be read.")
    {
    }

    public FactsUnavailableException(string message)
        : base(message)
    {
    }

    public FactsUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
