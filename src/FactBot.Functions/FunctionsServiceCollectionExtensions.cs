using FactBot.Application.Checks;
using FactBot.Application.Facts;
using FactBot.Application.Telemetry;
using FactBot.Functions.Chat;
using FactBot.Functions.Checks;
using FactBot.Functions.Claims;
using FactBot.Functions.Facts;
using FactBot.Functions.Contracts;
using FactBot.Functions.Feedback;
using FactBot.Functions.Health;
using FactBot.Functions.Http;
using FactBot.Functions.Limits;
using FactBot.Functions.OpenApi;
using FactBot.Functions.Routing;
using FactBot.Functions.Webhooks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FactBot.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the HTTP functions add to <c>AddFactBot</c> (the engine and the stores): request binding and
    /// validation, the services behind the routes, the webhook settings (validated on start), and the one way problems
    /// are written (ASP.NET Core's problem details service, and <see cref="UnhandledExceptionHandler"/> for exceptions).
    /// Used by the Functions worker and by the LocalHost alike, so both answer the same problem bodies.
    /// </summary>
    public static IServiceCollection AddFactBotFunctions(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = WireJson.Encoder);
        services.TryAddSingleton<UnhandledExceptionHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionHandler, UnhandledExceptionHandler>(sp => sp.GetRequiredService<UnhandledExceptionHandler>()));

        services.TryAdd(ServiceDescriptor.Singleton(typeof(JsonRequestBinder<>), typeof(JsonRequestBinder<>)));
        services.TryAddSingleton<IRequestValidator<CheckClaimRequest>, CheckClaimRequestValidator>();
        services.TryAddSingleton<IRequestValidator<BatchCheckRequest>, BatchCheckRequestValidator>();
        services.TryAddSingleton<IRequestValidator<FeedbackRequest>, FeedbackRequestValidator>();
        services.TryAddSingleton<IRequestValidator<WebhookClaimRequest>, WebhookClaimRequestValidator>();

        services.AddOptions<CheckRecordingOptions>().BindConfiguration(CheckRecordingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CheckRecordingOptions>, CheckRecordingOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<CheckTelemetry>();
        services.TryAddSingleton<ClaimCheckRecorder>();
        services.TryAddSingleton<CheckQueryService>();
        services.TryAddSingleton<FeedbackService>();
        services.TryAddSingleton<FactQueryService>();
        services.TryAddSingleton<IFactSnapshotSource>(sp => new EngineSnapshotSource(sp.GetRequiredService<ClaimCheckService>()));
        services.AddOptions<FactSnapshotOptions>().BindConfiguration(FactSnapshotOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FactSnapshotOptions>, FactSnapshotOptionsValidator>());
        services.TryAddSingleton<FactSnapshotRefresher>();
        services.AddHostedService<FactSnapshotRefreshService>();
        services.TryAddSingleton<HealthService>();
        services.AddOptions<CallerRateLimitOptions>().BindConfiguration(CallerRateLimitOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CallerRateLimitOptions>, CallerRateLimitOptionsValidator>());
        services.TryAddSingleton<CallerRateLimiter>();
        services.TryAddSingleton(_ => ApiRouteTable.Discover());
        services.TryAddSingleton<OpenApiDocumentProvider>();

        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());
        services.TryAddSingleton<WebhookSignatureVerifier>();
        services.TryAddSingleton<WebhookService>();
        services.AddFactBotChat();
        return services;
    }
}
