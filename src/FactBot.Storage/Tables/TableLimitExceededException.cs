namespace FactBot.Storage.Tables;

/// <summary>An entity that Azure Table Storage would reject; raised before anything is written.</summary>
public sealed class TableLimitExceededException : Exception
{
    public TableLimitExceededException()
    {
    }

    public TableLimitExceededException(string message)
        : base(message)
    {
    }

    public TableLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
