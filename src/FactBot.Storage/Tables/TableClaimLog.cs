using Azure.Data.Tables;
using FactBot.Application.Checks;
using Polly;

namespace FactBot.Storage.Tables;

/// <summary>The claim log in an Azure Table: one row per check (see <see cref="CheckEntity"/> for the layout).</summary>
internal sealed class TableClaimLog(EnsuredTable checks, ResiliencePipeline pipeline) : IClaimLog
{
    public async Task<bool> TryAddAsync(CheckRecord check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        var entity = CheckEntity.ToEntity(check);
        TableEntityLimits.Validate(entity);
        return await checks.RunAsync((table, ct) => InsertIfAbsent.TryAddAsync(table, pipeline, entity, ct), cancellationToken);
    }

    public async Task<bool> TryAddWithoutRetryAsync(CheckRecord check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        var entity = CheckEntity.ToEntity(check);
        TableEntityLimits.Validate(entity);
        return await checks.RunAsync((table, ct) => InsertIfAbsent.TryAddAsync(table, pipeline, entity, retry: false, ct), cancellationToken);
    }

    public async Task<CheckRecord?> FindAsync(string checkId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(checkId);
        if (!TableEntityLimits.IsValidKey(checkId))
        {
            // TryAddAsync never stores such an id, and asking Azure for it would be a malformed request.
            return null;
        }

        var row = await checks.RunAsync(
            (table, ct) => pipeline.ExecuteAsync(
                async token => await table.GetEntityIfExistsAsync<TableEntity>(checkId, CheckEntity.Row, cancellationToken: token),
                ct).AsTask(),
            cancellationToken);
        return row.HasValue ? CheckEntity.ToRecord(row.Value!) : null;
    }
}
