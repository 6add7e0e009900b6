using FactBot.Application.Checks;
using FactBot.Core.Checking;
using FactBot.Core.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactBot.Analysis;

public static class EngineServiceCollectionExtensions
{
    /// <summary>Registers the claim engine: Lucene stemmers and the snapshot-backed check service. Needs an IFactStore.</summary>
    public static IServiceCollection AddFactBotEngine(this IServiceCollection services)
    {
        services.TryAddSingleton<IStemmer, SnowballStemmer>();
        services.TryAddSingleton<ClaimCheckService>();
        services.TryAddSingleton<IClaimCheckService>(sp => sp.GetRequiredService<ClaimCheckService>());
        return services;
    }
}
