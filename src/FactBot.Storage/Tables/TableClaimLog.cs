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
        var table = await checks.GetAsync(cancellationToken);
        return await InsertIfAbsent.TryAddAsync(table, pipeline, entity, cancellationToken);
    }

    public async Task<CheckRecord?> FindAsync(string checkId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(checkId);
        if (!TableEntityLimits.IsValidKey(checkId))
        {
            // TryAddAsync never stores such an id, and asking Azure for it would be a malformed request.
            return null;
        }

        var table = await checks.GetAsync(cancellationToken);
        var row = await pipeline.ExecuteAsync(
            async ct => await table.GetEntityIfExistsAsync<TableEntity>(checkId, CheckEntity.Row, cancellationToken: ct),
            cancellationToken);
        return row.HasValue ? CheckEntity.ToRecord(row.Value!) : null;
    }
}
