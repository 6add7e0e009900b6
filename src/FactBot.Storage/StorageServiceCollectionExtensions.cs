using FactBot.Core.Configuration;
using FactBot.Core.Seeds;
using FactBot.Core.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="FactBotOptions"/> and registers the <see cref="IFactStore"/>:
    /// Table Storage when a connection string is set, else the embedded seeds in memory.
    /// (Walking-skeleton version: the storage work replaces the body.)
    /// </summary>
    public static IServiceCollection AddFactBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FactBotOptions>().Bind(configuration.GetSection(FactBotOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IFactStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FactBotOptions>>().Value;
            return InMemoryFactStore.FromDirectory(SeedDirectory.Locate(options.Seeds.Path));
        });
        return services;
    }
}
