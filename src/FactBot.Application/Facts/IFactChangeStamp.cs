namespace FactBot.Application.Facts;

/// <summary>A fact store that can tell cheaply (one small request) whether its facts may have changed.</summary>
public interface IFactChangeStamp
{
    /// <summary>An opaque stamp that changes whenever the facts do; null when the store cannot tell (then reload).</summary>
    Task<string?> GetStampAsync(CancellationToken cancellationToken);
}
