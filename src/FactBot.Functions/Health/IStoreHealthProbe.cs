namespace FactBot.Functions.Health;

/// <summary>Whether the configured store answers. (Core's <c>IStoreProbe</c> can stand behind this once it lands.)</summary>
public interface IStoreHealthProbe
{
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);
}
