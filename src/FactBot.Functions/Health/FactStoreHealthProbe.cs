using FactBot.Core.Store;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Health;

/// <summary>Pings the fact store by listing one record, giving up after <see cref="Timeout"/>.</summary>
public sealed partial class FactStoreHealthProbe(IFactStore store, ILogger<FactStoreHealthProbe> logger) : IStoreHealthProbe
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await store.ListAsync(null, 1, timeout.Token);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Unreachable(logger, ex, store.Kind);
            return false;
        }
    }

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "The {StoreKind} store did not answer the health probe")]
    private static partial void Unreachable(ILogger logger, Exception exception, string storeKind);
}
