namespace FactBot.Application.Facts;

/// <summary>The probe of the embedded store: process memory is always reachable.</summary>
public sealed class InMemoryStoreProbe : IStoreProbe
{
    public Task<bool> IsReachableAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
