using Microsoft.Extensions.Logging;

namespace FactBot.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Seeded table {Table} in {ElapsedMs:F0} ms: {Added} added, {Updated} updated, {Deleted} deleted, {Unchanged} unchanged, {Batches} batches")]
    public static partial void SeedingCompleted(ILogger logger, string table, double elapsedMs, int added, int updated, int deleted, int unchanged, int batches);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Table Storage call failed ({Failure}); retry {Attempt} in {DelayMs:F0} ms")]
    public static partial void RetryingTableOperation(ILogger logger, int attempt, double delayMs, string failure, Exception? exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error,
        Message = "Table Storage circuit opened for {BreakSeconds:F1} s after {Failure}")]
    public static partial void CircuitOpened(ILogger logger, double breakSeconds, string failure);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Table Storage circuit closed")]
    public static partial void CircuitClosed(ILogger logger);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Created table {Table}")]
    public static partial void TableCreated(ILogger logger, string table);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Table {Table} has vanished; creating it again")]
    public static partial void TableVanished(ILogger logger, string table);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Store probe of table {Table} failed: {Failure}")]
    public static partial void StoreProbeFailed(ILogger logger, string table, string failure, Exception exception);
}
