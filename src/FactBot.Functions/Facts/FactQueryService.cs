using FactBot.Application.Facts;
using FactBot.Functions.Contracts;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Facts;

/// <summary>Pages through the fact records of the configured store.</summary>
public sealed partial class FactQueryService(IFactStore store, ILogger<FactQueryService> logger)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 50;
    public const int MaxTokenLength = 4096;

    /// <summary>A page of facts; <paramref name="continuationToken"/> must be one this API issued (see <see cref="PageToken"/>).</summary>
    public async Task<ServiceOutcome<FactPageResponse>> ListAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        string? storeToken = null;
        if (continuationToken is not null && (continuationToken.Length > MaxTokenLength || !PageToken.TryDecode(continuationToken, store.Kind, out storeToken)))
        {
            return InvalidToken();
        }

        try
        {
            var page = await store.ListAsync(storeToken, Math.Clamp(pageSize, 1, MaxPageSize), cancellationToken);
            var next = page.ContinuationToken is null ? null : PageToken.Encode(store.Kind, page.ContinuationToken);
            return new FactPageResponse(page.Facts.Select(FactResponse.From).ToArray(), next);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            return InvalidToken();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ReadFailed(logger, ex);
            return Problems.StoreUnavailable("list the facts");
        }
    }

    public async Task<ServiceOutcome<FactResponse>> FindAsync(string factId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factId);
        try
        {
            return await store.FindAsync(factId, cancellationToken) is { } fact
                ? FactResponse.From(fact)
                : new RequestProblem(StatusCodes.Status404NotFound, "Fact not found", $"No fact record has the id '{factId}'.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ReadFailed(logger, ex);
            return Problems.StoreUnavailable("read the fact");
        }
    }

    private static RequestProblem InvalidToken() => new(
        StatusCodes.Status400BadRequest,
        "Invalid continuation token",
        "The continuation token is not one this API issued; start again without it.");

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "The fact store could not be read")]
    private static partial void ReadFailed(ILogger logger, Exception exception);
}
