namespace FactBot.Application.Retention;

/// <summary>An in-memory store holds its most entries, all still within their retention, and may not drop any of them.</summary>
public sealed class StoreFullException : Exception
{
    public StoreFullException()
    {
    }

    public StoreFullException(string message)
        : base(message)
    {
    }

    public StoreFullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
