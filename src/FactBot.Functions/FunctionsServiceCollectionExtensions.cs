using FactBot.Application.Checks;
using FactBot.Application.Facts;
using FactBot.Application.Feedback;
using FactBot.Application.Webhooks;
using FactBot.Functions.Checks;
using FactBot.Functions.Claims;
using FactBot.Functions.Facts;
using FactBot.Functions.Feedback;
using FactBot.Functions.Health;
using FactBot.Functions.Http;
using FactBot.Functions.OpenApi;
using FactBot.Functions.Routing;
using FactBot.Functions.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FactBot.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the HTTP functions need besides the engine and the store: request binding and validation, the
    /// services behind the routes, the webhook settings (validated on start), and in-memory claim log, feedback and
    /// webhook-delivery stores unless storage registered others. Used by the Functions worker and by the LocalHost alike.
    /// </summary>
    public static IServiceCollection AddFactBotFunctions(this IServiceCollection services)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAdd(ServiceDescriptor.Singleton(typeof(JsonRequestBinder<>), typeof(JsonRequestBinder<>)));
        services.TryAddSingleton<IRequestValidator<CheckClaimRequest>, CheckClaimRequestValidator>();
        services.TryAddSingleton<IRequestValidator<BatchCheckRequest>, BatchCheckRequestValidator>();
        services.TryAddSingleton<IRequestValidator<FeedbackRequest>, FeedbackRequestValidator>();
        services.TryAddSingleton<IRequestValidator<WebhookClaimRequest>, WebhookClaimRequestValidator>();

        // The embedded store's records: the same ports, in memory. Table Storage registers its own first.
        services.TryAddSingleton<IClaimLog, InMemoryClaimLog>();
        services.TryAddSingleton<IFeedbackStore, InMemoryFeedbackStore>();
        services.TryAddSingleton<IWebhookDeliveryStore, InMemoryWebhookDeliveryStore>();

        services.TryAddSingleton<ClaimCheckRecorder>();
        services.TryAddSingleton<CheckQueryService>();
        services.TryAddSingleton<FeedbackService>();
        services.TryAddSingleton<FactQueryService>();
        services.TryAddSingleton<IStoreProbe, InMemoryStoreProbe>();
        services.TryAddSingleton<IFactSnapshotSource>(sp => new EngineSnapshotSource(sp.GetRequiredService<ClaimCheckService>()));
        services.TryAddSingleton<HealthService>();
        services.TryAddSingleton(_ => ApiRouteTable.Discover());
        services.TryAddSingleton<OpenApiDocumentProvider>();

        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());
        services.TryAddSingleton<WebhookSignatureVerifier>();
        services.TryAddSingleton<WebhookService>();
        return services;
    }
}
