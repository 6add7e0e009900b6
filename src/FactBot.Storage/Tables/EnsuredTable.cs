using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Polly;

namespace FactBot.Storage.Tables;

/// <summary>
/// A table that is created on first use: one CreateIfNotExists per process however many callers race for it,
/// and tried again on the next call if it failed, so a storage outage at start does not poison the store for good.
/// A table that vanishes later (deleted, or the emulator reset) is created again: <see cref="RunAsync{T}"/> answers
/// TableNotFound with create-if-not-exists and one more try.
/// </summary>
internal sealed class EnsuredTable(TableClient table, ResiliencePipeline pipeline, ILogger logger)
{
    private static readonly string[] KeyColumn = ["PartitionKey"];

    private readonly Lock sync = new();
    private Task? creation;

    public string Name => table.Name;

    public async ValueTask<TableClient> GetAsync(CancellationToken cancellationToken)
    {
        var pending = Volatile.Read(ref creation);
        if (pending is { IsCompletedSuccessfully: true })
        {
            return table;
        }

        lock (sync)
        {
            if (creation is null || creation.IsFaulted || creation.IsCanceled)
            {
                // Not tied to the first caller's token: its cancellation must not fail the others waiting on the same task.
                creation = CreateAsync();
            }

            pending = creation;
        }

        await pending.WaitAsync(cancellationToken);
        return table;
    }

    /// <summary>Runs <paramref name="operation"/> on the table; if the table has vanished, creates it again and runs it once more.</summary>
    public async Task<T> RunAsync<T>(Func<TableClient, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var client = await GetAsync(cancellationToken);
        try
        {
            return await operation(client, cancellationToken);
        }
        catch (RequestFailedException ex) when (IsTableNotFound(ex))
        {
            StorageLog.TableVanished(logger, table.Name);
            Forget();
            return await operation(await GetAsync(cancellationToken), cancellationToken);
        }
    }

    /// <summary>Reads one row key: throws when the table cannot be read, and re-creates it when it has vanished.</summary>
    public Task ProbeAsync(CancellationToken cancellationToken) => RunAsync(
        (client, ct) => pipeline.ExecuteAsync(
            async token =>
            {
                await foreach (var _ in client.QueryAsync<TableEntity>(select: KeyColumn, maxPerPage: 1, cancellationToken: token).AsPages(pageSizeHint: 1))
                {
                    break;
                }

                return true;
            },
            ct).AsTask(),
        cancellationToken);

    internal static bool IsTableNotFound(RequestFailedException exception) =>
        exception.Status == 404 && string.Equals(exception.ErrorCode, "TableNotFound", StringComparison.Ordinal);

    private void Forget()
    {
        lock (sync)
        {
            if (creation is { IsCompleted: true })
            {
                creation = null;
            }
        }
    }

    private async Task CreateAsync()
    {
        var created = await pipeline.ExecuteAsync(async ct => await table.CreateIfNotExistsAsync(ct), CancellationToken.None);
        if (created.GetRawResponse().Status is 201 or 204)
        {
            StorageLog.TableCreated(logger, table.Name);
        }
    }
}
