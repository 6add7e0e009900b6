using FactBot.Application.Checks;
using FactBot.Application.Facts;
using FactBot.Functions.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Checks;

/// <summary>Reads recorded checks back, with the evidence sentence when the fact still exists.</summary>
public sealed partial class CheckQueryService(IClaimLog log, IFactStore facts, ILogger<CheckQueryService> logger)
{
    public async Task<ServiceOutcome<FoundCheck>> FindAsync(string checkId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkId);
        try
        {
            var record = await log.FindAsync(checkId, cancellationToken);
            if (record is null)
            {
                return Problems.CheckNotFound(checkId);
            }

            var fact = record.FactId is null ? null : await facts.FindAsync(record.FactId, cancellationToken);
            return new FoundCheck(record, fact?.Sentence) { Source = fact?.Source };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ReadFailed(logger, ex, checkId);
            return Problems.StoreUnavailable("read the check");
        }
    }

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Check {CheckId} could not be read")]
    private static partial void ReadFailed(ILogger logger, Exception exception, string checkId);
}
