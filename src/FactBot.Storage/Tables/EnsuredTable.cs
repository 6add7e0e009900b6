using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Polly;

namespace FactBot.Storage.Tables;

/// <summary>
/// A table that is created on first use: one CreateIfNotExists per process however many callers race for it,
/// and tried again on the next call if it failed, so a storage outage at start does not poison the store for good.
/// </summary>
internal sealed class EnsuredTable(TableClient table, ResiliencePipeline pipeline, ILogger logger)
{
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

    private async Task CreateAsync()
    {
        var created = await pipeline.ExecuteAsync(async ct => await table.CreateIfNotExistsAsync(ct), CancellationToken.None);
        if (created.GetRawResponse().Status is 201 or 204)
        {
            StorageLog.TableCreated(logger, table.Name);
        }
    }
}
