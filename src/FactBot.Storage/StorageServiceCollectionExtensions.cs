using Azure.Data.Tables;
using FactBot.Core.Configuration;
using FactBot.Core.Seeds;
using FactBot.Core.Store;
using FactBot.Storage.Configuration;
using FactBot.Storage.Resilience;
using FactBot.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace FactBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="FactBotOptions"/> and registers the <see cref="IFactStore"/>:
    /// Table Storage (with <see cref="IFactSeeder"/>, the <see cref="TableServiceClient"/> and the resilience pipeline)
    /// when FactBot:Storage:ConnectionString is set, else the seeds folder in memory.
    /// </summary>
    public static IServiceCollection AddFactBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(FactBotOptions.SectionName);
        services.AddOptions<FactBotOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FactBotOptions>, FactBotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Decided at registration: a host either talks to a table or never builds a storage client at all.
        if (string.IsNullOrWhiteSpace(section["Storage:ConnectionString"]))
        {
            services.AddSingleton<IFactStore>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<FactBotOptions>>().Value;
                return InMemoryFactStore.FromDirectory(SeedDirectory.Locate(options.Seeds.Path));
            });
            return services;
        }

        services.AddOptions<TableResilienceOptions>().Bind(configuration.GetSection(TableResilienceOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TableResilienceOptions>, TableResilienceOptionsValidator>());
        services.AddResiliencePipeline(StorageResilience.PipelineKey, (builder, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<TableResilienceOptions>>().Value;
            var logger = context.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(typeof(StorageResilience).FullName!) ?? NullLogger.Instance;
            builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            builder.AddTableStorageStrategies(options, logger);
        });

        services.TryAddSingleton(sp =>
            new TableServiceClient(sp.GetRequiredService<IOptions<FactBotOptions>>().Value.Storage.ConnectionString, TableClientOptionsFactory.Create()));
        services.AddSingleton<IFactStore>(sp => new TableFactStore(FactTable(sp), Pipeline(sp)));
        services.AddSingleton<IFactSeeder>(sp => new FactSeeder(
            FactTable(sp), Pipeline(sp), sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<FactSeeder>>() ?? NullLogger<FactSeeder>.Instance));
        return services;
    }

    private static TableClient FactTable(IServiceProvider sp) =>
        sp.GetRequiredService<TableServiceClient>().GetTableClient(sp.GetRequiredService<IOptions<FactBotOptions>>().Value.Storage.FactsTable);

    private static ResiliencePipeline Pipeline(IServiceProvider sp) =>
        sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(StorageResilience.PipelineKey);
}
