using Azure.Data.Tables;
using FactBot.Analysis;
using FactBot.Application.Checks;
using FactBot.Application.Facts;
using FactBot.Application.Feedback;
using FactBot.Application.Webhooks;
using FactBot.Core.Checking;
using FactBot.Core.Seeds;
using FactBot.Core.Text;
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

public static class FactBotServiceCollectionExtensions
{
    /// <summary>
    /// FactBot's services for every host (the Functions worker, the LocalHost, the CLI), each registered once:
    /// <see cref="FactBotOptions"/> (validated on start), the engine behind <see cref="IClaimCheckService"/>, and the stores.
    /// The stores are Table Storage when FactBot:Storage:ConnectionString is set (with <see cref="IFactSeeder"/>, the
    /// <see cref="TableServiceClient"/> and the resilience pipeline), else the seeds folder and the records in memory.
    /// </summary>
    /// <remarks>
    /// Decided here, at registration: a host either talks to a table or never builds a storage client at all.
    /// Store registrations are plain, not TryAdd, so that a default a host adds later with TryAdd cannot replace them.
    /// </remarks>
    public static IServiceCollection AddFactBot(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(FactBotOptions.SectionName);
        services.AddOptions<FactBotOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FactBotOptions>, FactBotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<IStemmer, SnowballStemmer>();
        services.TryAddSingleton<ClaimCheckService>();
        services.TryAddSingleton<IClaimCheckService>(sp => sp.GetRequiredService<ClaimCheckService>());

        return string.IsNullOrWhiteSpace(section["Storage:ConnectionString"])
            ? services.AddEmbeddedStores()
            : services.AddTableStores(configuration);
    }

    private static IServiceCollection AddEmbeddedStores(this IServiceCollection services)
    {
        services.AddSingleton<IFactStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FactBotOptions>>().Value;
            return InMemoryFactStore.FromDirectory(SeedDirectory.Locate(options.Seeds.Path));
        });
        services.AddSingleton<IClaimLog>(sp => new InMemoryClaimLog(Embedded(sp).Checks, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IFeedbackStore>(sp => new InMemoryFeedbackStore(Embedded(sp).Feedback, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IWebhookDeliveryStore>(sp => new InMemoryWebhookDeliveryStore(Embedded(sp).Deliveries, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IStoreProbe, InMemoryStoreProbe>();
        return services;
    }

    private static IServiceCollection AddTableStores(this IServiceCollection services, IConfiguration configuration)
    {
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
        services.AddSingleton(sp => new RecordTables(Ensured(sp, s => s.ChecksTable), Ensured(sp, s => s.FeedbackTable), Ensured(sp, s => s.WebhookDeliveriesTable)));
        services.AddSingleton<IClaimLog>(sp => new TableClaimLog(sp.GetRequiredService<RecordTables>().Checks, Pipeline(sp)));
        services.AddSingleton<IFeedbackStore>(sp => new TableFeedbackStore(sp.GetRequiredService<RecordTables>().Feedback, Pipeline(sp)));
        services.AddSingleton<IWebhookDeliveryStore>(sp => new TableWebhookDeliveryStore(sp.GetRequiredService<RecordTables>().Deliveries, Pipeline(sp)));
        services.AddSingleton<IStoreProbe>(sp => new TableStoreProbe(
            FactTable(sp),
            sp.GetRequiredService<RecordTables>(),
            Pipeline(sp),
            sp.GetRequiredService<IOptions<TableResilienceOptions>>().Value.ProbeTimeout,
            sp.GetRequiredService<TimeProvider>(),
            Logger<TableStoreProbe>(sp)));
        return services;
    }

    private static EmbeddedStoreSettings Embedded(IServiceProvider sp) => sp.GetRequiredService<IOptions<FactBotOptions>>().Value.Embedded;

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
