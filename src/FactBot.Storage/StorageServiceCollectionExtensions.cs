using Azure.Data.Tables;
using FactBot.Application.Checks;
using FactBot.Application.Facts;
using FactBot.Application.Feedback;
using FactBot.Application.Webhooks;
using FactBot.Core.Seeds;
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
    /// Binds and validates <see cref="FactBotOptions"/> and registers the <see cref="IFactStore"/>, the records
    /// (<see cref="IClaimLog"/>, <see cref="IFeedbackStore"/>, <see cref="IWebhookDeliveryStore"/>) and the <see cref="IStoreProbe"/>:
    /// Table Storage (with <see cref="IFactSeeder"/>, the <see cref="TableServiceClient"/> and the resilience pipeline)
    /// when FactBot:Storage:ConnectionString is set, else the seeds folder and the records in memory.
    /// </summary>
    /// <remarks>
    /// Registrations are plain, not TryAdd: hosts add their own defaults with TryAdd after this call, and the store chosen
    /// here must win over them.
    /// </remarks>
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
            services.AddSingleton<IClaimLog, InMemoryClaimLog>();
            services.AddSingleton<IFeedbackStore, InMemoryFeedbackStore>();
            services.AddSingleton<IWebhookDeliveryStore, InMemoryWebhookDeliveryStore>();
            services.AddSingleton<IStoreProbe, InMemoryStoreProbe>();
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
            FactTable(sp), Pipeline(sp), sp.GetRequiredService<TimeProvider>(), Logger<FactSeeder>(sp)));
        services.AddSingleton<IClaimLog>(sp => new TableClaimLog(Ensured(sp, s => s.ChecksTable), Pipeline(sp)));
        services.AddSingleton<IFeedbackStore>(sp => new TableFeedbackStore(Ensured(sp, s => s.FeedbackTable), Pipeline(sp)));
        services.AddSingleton<IWebhookDeliveryStore>(sp => new TableWebhookDeliveryStore(Ensured(sp, s => s.WebhookDeliveriesTable), Pipeline(sp)));
        services.AddSingleton<IStoreProbe>(sp => new TableStoreProbe(
            FactTable(sp),
            Pipeline(sp),
            sp.GetRequiredService<IOptions<TableResilienceOptions>>().Value.ProbeTimeout,
            sp.GetRequiredService<TimeProvider>(),
            Logger<TableStoreProbe>(sp)));
        return services;
    }

    private static TableClient FactTable(IServiceProvider sp) => Table(sp, s => s.FactsTable);

    private static TableClient Table(IServiceProvider sp, Func<StorageSettings, string> name) =>
        sp.GetRequiredService<TableServiceClient>().GetTableClient(name(sp.GetRequiredService<IOptions<FactBotOptions>>().Value.Storage));

    // Each record table is created on its first use, so a host that never writes feedback never creates that table.
    private static EnsuredTable Ensured(IServiceProvider sp, Func<StorageSettings, string> name) =>
        new(Table(sp, name), Pipeline(sp), Logger<EnsuredTable>(sp));

    private static ILogger<T> Logger<T>(IServiceProvider sp) => sp.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;

    private static ResiliencePipeline Pipeline(IServiceProvider sp) =>
        sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(StorageResilience.PipelineKey);
}
